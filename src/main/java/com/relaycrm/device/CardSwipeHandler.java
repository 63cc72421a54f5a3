package com.relaycrm.device;

import com.relaycrm.device.DeviceMessage.CardSwipe;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A member card swiped at a reader starts {@code card-swipe} (business key {@code FRAME-<frame id>}): the process
 * identifies the member and gives the clerk their record, or a registration task for a card nobody holds.
 */
@Component
class CardSwipeHandler implements FrameHandler {

    static final String PROCESS_KEY = "card-swipe";

    private final RuntimeService runtimeService;

    CardSwipeHandler(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public DeviceType type() {
        return DeviceType.CARD;
    }

    @Override
    public String handle(StoredFrame frame, DeviceMessage message) {
        CardSwipe swipe = (CardSwipe) message;
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(frame.id()),
                Map.of(DeviceVariables.FRAME_ID, frame.id(),
                        DeviceVariables.DEVICE_ID, swipe.deviceId(),
                        DeviceVariables.CARD_NUMBER, swipe.cardNumber(),
                        DeviceVariables.SWIPED_AT, Date.from(frame.receivedAt())));
        return PROCESS_KEY + " " + instance.getId();
    }

    static String businessKey(long frameId) {
        return "FRAME-" + frameId;
    }
}
