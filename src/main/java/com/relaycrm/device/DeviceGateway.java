package com.relaycrm.device;

import com.relaycrm.common.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The serial ports of this node: one {@link PortReader} thread per port of {@code relay.devices.ports}, started
 * when the application is ready (after processes are deployed), together with the {@link FrameProcessor}.
 * Ports can also be opened and closed at run time (tests, a device plugged in later).
 */
@Component
public class DeviceGateway {

    private final DeviceProperties properties;
    private final FrameIntake intake;
    private final FrameProcessor processor;
    private final Map<String, PortReader> readers = new ConcurrentHashMap<>();

    DeviceGateway(DeviceProperties properties, FrameIntake intake, FrameProcessor processor) {
        this.properties = properties;
        this.intake = intake;
        this.processor = processor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        properties.getPorts().forEach(this::open);
        if (properties.getProcessor().isEnabled()) {
            processor.start();
        }
    }

    @PreDestroy
    void stop() {
        readers.keySet().forEach(this::close);
        processor.stop();
    }

    /** Starts reading a port; it is opened as soon as it exists and reopened whenever it comes back. */
    public synchronized void open(PortConfig port) {
        if (readers.containsKey(port.path())) {
            throw new InvalidInputException("path", "port " + port.path() + " is already read");
        }
        PortReader reader = new PortReader(port, intake, properties.getMaxLineLength(),
                properties.getReopenInterval());
        readers.put(port.path(), reader);
        reader.start();
    }

    /** Stops reading a port and closes it. */
    public void close(String path) {
        PortReader reader = readers.remove(path);
        if (reader != null) {
            reader.stop();
        }
    }

    public List<PortState> ports() {
        return readers.values().stream().map(reader -> reader.status().snapshot())
                .sorted(Comparator.comparing(PortState::path)).toList();
    }

    public Optional<PortState> port(String path) {
        return Optional.ofNullable(readers.get(path)).map(reader -> reader.status().snapshot());
    }
}
