package com.relaycrm.device.handlers;

import com.relaycrm.device.DeviceMessage.CardSwipe;
import com.relaycrm.device.DeviceMessage;
import com.relaycrm.device.DeviceType;
import com.relaycrm.device.StoredFrame;
import com.relaycrm.loyalty.LoyaltyService;
import org.springframework.stereotype.Component;

/**
 * A member card swiped at a reader is handed to loyalty, whose {@code card-swipe} process (business key
 * {@code FRAME-<frame id>}) identifies the member and gives the clerk their record, or a registration task for a
 * card nobody holds.
 */
@Component
public class CardSwipeHandler implements FrameHandler {

    private final LoyaltyService loyalty;

    CardSwipeHandler(LoyaltyService loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public DeviceType type() {
        return DeviceType.CARD;
    }

    @Override
    public String handle(StoredFrame frame, DeviceMessage message) {
        CardSwipe swipe = (CardSwipe) message;
        return loyalty.cardSwiped(frame.id(), swipe.deviceId(), swipe.cardNumber(), frame.receivedAt());
    }
}
