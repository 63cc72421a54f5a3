package com.relaycrm.service;

import com.relaycrm.security.CurrentUser;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestQueries.ServiceRequestDetails;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/service-requests")
class ServiceRequestController {

    private final ServiceRequestService desk;
    private final ServiceRequestQueries queries;
    private final CurrentUser currentUser;

    ServiceRequestController(ServiceRequestService desk, ServiceRequestQueries queries, CurrentUser currentUser) {
        this.desk = desk;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceRequest open(@Valid @RequestBody NewServiceRequest command) {
        return desk.open(command, currentUser.viewer());
    }

    @GetMapping
    List<ServiceRequest> list() {
        return queries.visibleTo(currentUser.viewer());
    }

    @GetMapping("/{id}")
    ServiceRequestDetails get(@PathVariable long id) {
        return queries.details(id, currentUser.viewer());
    }
}
