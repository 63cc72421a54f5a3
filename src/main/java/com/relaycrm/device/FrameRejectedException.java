package com.relaycrm.device;

/** A frame that is not accepted: the reason is stored with the frame and logged; nothing else happens. */
public class FrameRejectedException extends RuntimeException {

    public FrameRejectedException(String reason) {
        super(reason);
    }
}
