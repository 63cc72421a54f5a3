package com.relaycrm.serviceplan;

import com.relaycrm.common.Paging;
import com.relaycrm.common.Viewer;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.web.PagedList;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/service-plans")
class ServicePlanController {

    private final ServicePlanGenerator generator;
    private final ServicePlanService plans;
    private final CurrentUser currentUser;

    ServicePlanController(ServicePlanGenerator generator, ServicePlanService plans, CurrentUser currentUser) {
        this.generator = generator;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    /** A manager generates the plans now (as the scheduled run would today, or as of {@code date}). */
    @PostMapping("/generate")
    ServicePlanGenerator.Result generate(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Viewer viewer = currentUser.viewer();
        viewer.requireAny("generate service plans", ServicePlanService.MANAGERS);
        return generator.generate(date == null ? LocalDate.now() : date);
    }

    /** A page of the plans the user may see, soonest due first ({@code page}, {@code size}; totals in headers). */
    @GetMapping
    ResponseEntity<List<ServicePlan>> list(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(plans.visibleTo(currentUser.viewer(), Paging.of(page, size)));
    }

    @GetMapping("/{id}")
    ServicePlan get(@PathVariable long id) {
        return plans.plan(id, currentUser.viewer());
    }
}
