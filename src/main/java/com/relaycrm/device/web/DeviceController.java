package com.relaycrm.device.web;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.device.DeviceGateway;
import com.relaycrm.device.FrameStatus;
import com.relaycrm.device.FrameStore;
import com.relaycrm.device.PortState;
import com.relaycrm.device.StoredFrame;
import com.relaycrm.organisation.Groups;
import com.relaycrm.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The device gateway's state for administrators and service managers: ports, and the newest frames. */
@RestController
@RequestMapping("/api/devices")
public class DeviceController {

    private static final String[] OPERATORS = {Groups.ADMIN, Groups.SERVICE_MANAGER};

    private final DeviceGateway gateway;
    private final FrameStore frames;
    private final DeviceReport report;
    private final CurrentUser currentUser;

    DeviceController(DeviceGateway gateway, FrameStore frames, DeviceReport report, CurrentUser currentUser) {
        this.gateway = gateway;
        this.frames = frames;
        this.report = report;
        this.currentUser = currentUser;
    }

    /** Frames per port by outcome and rejections by kind of reason (the chart page /reports/devices.html). */
    @GetMapping("/report")
    DeviceReport.Report report() {
        return report.report(currentUser.viewer());
    }

    @GetMapping("/ports")
    List<PortState> ports() {
        currentUser.viewer().requireAny("see device ports", OPERATORS);
        return gateway.ports();
    }

    /** The newest frames, of one port and/or one status (RECEIVED, PROCESSED, REJECTED). */
    @GetMapping("/frames")
    List<StoredFrame> frames(@RequestParam(required = false) String port,
                             @RequestParam(required = false) FrameStatus status,
                             @RequestParam(defaultValue = "50") int limit) {
        currentUser.viewer().requireAny("see device frames", OPERATORS);
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        return frames.recent(port, status, limit);
    }
}
