package com.relaycrm.sales.lead.web;

import com.relaycrm.sales.SalesProperties;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits website-form leads per client address to {@code relay.sales.web-form-requests-per-minute} in any sliding
 * minute, so the one anonymous write in the system cannot be used to flood the lead pools.
 */
@Component
public class WebFormRateLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    WebFormRateLimiter(SalesProperties properties) {
        this.perMinute = properties.webFormRequestsPerMinute();
    }

    /** True and counted when the client may send another form now. */
    public boolean tryAcquire(String clientAddress) {
        long now = System.currentTimeMillis();
        if (recent.size() > MAX_CLIENTS) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast() < now - WINDOW_MILLIS);
        }
        Deque<Long> times = recent.computeIfAbsent(clientAddress, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
