package com.relaycrm.device;

/** RECEIVED: stored, waiting for the processor; PROCESSED: done once; REJECTED: not accepted, with the reason. */
public enum FrameStatus {
    RECEIVED, PROCESSED, REJECTED
}
