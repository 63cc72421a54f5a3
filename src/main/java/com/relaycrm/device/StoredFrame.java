package com.relaycrm.device;

import java.time.Instant;

/** A frame as stored: the raw bytes of the line as read (without the newline) and what became of it. */
public record StoredFrame(long id, String portPath, DeviceType deviceType, String deviceId, byte[] rawBytes,
                          String lineText, Instant receivedAt, FrameStatus status, String reason, int attempts,
                          String outcome, Instant processedAt) {
}
