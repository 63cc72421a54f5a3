package com.relaycrm.device.handlers;

import com.relaycrm.device.DeviceMessage;
import com.relaycrm.device.DeviceType;
import com.relaycrm.device.StoredFrame;

/**
 * Does what one kind of frame asks for, inside the processor's transaction (together with marking the frame
 * processed). Returns a short outcome for the frame record; throws {@link FrameRejectedException} (or the
 * application's InvalidInputException / NotFoundException) to reject the frame with a reason.
 */
public interface FrameHandler {

    DeviceType type();

    String handle(StoredFrame frame, DeviceMessage message);
}
