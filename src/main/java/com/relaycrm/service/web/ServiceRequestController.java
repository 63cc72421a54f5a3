package com.relaycrm.service.web;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.Paging;
import com.relaycrm.process.RecordView;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestQueries.ServiceRequestDetails;
import com.relaycrm.service.ServiceRequestQueries;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.web.CreatedAnswer;
import com.relaycrm.web.PagedList;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


@RestController
@RequestMapping("/api/service-requests")
class ServiceRequestController {

    private final ServiceRequestService desk;
    private final ServiceRequestQueries queries;
    private final CurrentUser currentUser;
    private final ServiceReport report;

    ServiceRequestController(ServiceRequestService desk, ServiceRequestQueries queries, CurrentUser currentUser,
                             ServiceReport report) {
        this.report = report;
        this.desk = desk;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /**
     * Opens a request: 201 with the request. A client that may retry sends an {@code Idempotency-Key} header (e.g. a
     * UUID per request): a retry with the same key and body answers the request opened first (201 again, the same id,
     * header {@code Idempotent-Replayed: true}) and opens nothing; the same key with another body is refused with 422.
     * Keys belong to the user who sent them.
     */
    @PostMapping
    ResponseEntity<ServiceRequest> open(@Valid @RequestBody NewServiceRequest command,
                                        @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return CreatedAnswer.of(desk.open(command, currentUser.viewer(), key));
    }

    @GetMapping
    ResponseEntity<List<ServiceRequest>> list(@RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(queries.visibleTo(currentUser.viewer(), Paging.of(page, size)));
    }

    /** 服务报表: first-reply and resolution rates and satisfaction per queue and month (from/to: "2026-01"). */
    @GetMapping("/report")
    ServiceReport.Report report(@RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        return report.report(com.relaycrm.common.ReportPeriod.of(from, to), currentUser.viewer());
    }

    @GetMapping("/record/{number}")
    RecordView<ServiceRequestDetails> record(@PathVariable String number) {
        return queries.record(number, currentUser.viewer());
    }

    @GetMapping("/{id}")
    ServiceRequestDetails get(@PathVariable long id) {
        return queries.details(id, currentUser.viewer());
    }
}
