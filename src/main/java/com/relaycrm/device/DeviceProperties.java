package com.relaycrm.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code relay.devices.*}: the serial ports the gateway reads and how frames are processed. */
@ConfigurationProperties("relay.devices")
public class DeviceProperties {

    /** Serial ports to read, one reader thread each. */
    private List<PortConfig> ports = new ArrayList<>();
    /** Longest line (bytes, without the newline) accepted; a longer one is stored truncated and rejected. */
    private int maxLineLength = 256;
    /** How long a reader waits before trying again to open a port that is missing or failed. */
    private Duration reopenInterval = Duration.ofSeconds(1);
    private Processor processor = new Processor();

    /** The frame processor: takes stored (RECEIVED) frames and processes each exactly once. */
    public static class Processor {
        /** Off: frames are only stored (e.g. on a node that only reads ports). */
        private boolean enabled = true;
        /** Besides being woken by each stored frame, the processor looks for unprocessed frames this often. */
        private Duration pollInterval = Duration.ofSeconds(2);
        /** Workers on this node, each taking its own frames (several nodes may process the same database). */
        private int threads = 4;
        /** Frames a worker claims and processes in one transaction (a claim that fails is redone frame by frame). */
        private int batchSize = 20;
        /** A frame whose processing fails unexpectedly this many times is rejected with the last error. */
        private int maxAttempts = 5;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    public List<PortConfig> getPorts() {
        return ports;
    }

    public void setPorts(List<PortConfig> ports) {
        this.ports = ports;
    }

    public int getMaxLineLength() {
        return maxLineLength;
    }

    public void setMaxLineLength(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    public Duration getReopenInterval() {
        return reopenInterval;
    }

    public void setReopenInterval(Duration reopenInterval) {
        this.reopenInterval = reopenInterval;
    }

    public Processor getProcessor() {
        return processor;
    }

    public void setProcessor(Processor processor) {
        this.processor = processor;
    }
}
