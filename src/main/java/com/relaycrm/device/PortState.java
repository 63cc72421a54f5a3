package com.relaycrm.device;

import java.time.Instant;

/**
 * What GET /api/devices/ports and the health endpoint show for a port: whether it is open, when the last frame came,
 * how many frames were stored and rejected, read and storage errors, how often it was reopened, and the last error.
 */
public record PortState(String path, DeviceType deviceType, String deviceId, int baud, String framing, boolean open,
                        Instant openedAt, Instant lastFrameAt, long framesStored, long framesRejected, long readErrors,
                        long storeErrors, long reconnects, String lastError, Instant lastErrorAt) {
}
