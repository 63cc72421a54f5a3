package com.relaycrm.sales.capacity;

import com.relaycrm.common.PlainText;
import com.relaycrm.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sales reps' assignment area and maximums (资源池上限), set by sales managers. */
@RestController
@RequestMapping("/api/sales/reps/{userId}")
class SalesRepController {

    private final SalesReps reps;
    private final CurrentUser currentUser;

    SalesRepController(SalesReps reps, CurrentUser currentUser) {
        this.reps = reps;
        this.currentUser = currentUser;
    }

    record Area(@NotBlank @Size(max = 40) @PlainText String departmentCode, @Size(max = 40) @PlainText String regionCode) {
    }

    record Maximum(@Min(0) Integer maximum) {
    }

    @PutMapping
    List<Holding> register(@PathVariable String userId, @Valid @RequestBody Area area) {
        reps.register(userId, area.departmentCode(), area.regionCode(), currentUser.viewer());
        return reps.holdings(userId, currentUser.viewer());
    }

    @GetMapping("/capacity")
    List<Holding> holdings(@PathVariable String userId) {
        return reps.holdings(userId, currentUser.viewer());
    }

    /** {@code {"maximum": 40}}, or {@code {"maximum": null}} for the default of relay.sales.capacity. */
    @PutMapping("/capacity/{type}")
    Holding setMaximum(@PathVariable String userId, @PathVariable ResourceType type,
                       @Valid @RequestBody Maximum maximum) {
        return reps.setMaximum(userId, type, maximum.maximum(), currentUser.viewer());
    }
}
