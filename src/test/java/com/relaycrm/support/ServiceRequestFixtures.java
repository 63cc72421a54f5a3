package com.relaycrm.support;

import com.relaycrm.customer.Customer;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A fresh service request, opened by the desk and triaged, whose process waits at the dispatch task. */
@Component
public class ServiceRequestFixtures {

    private final Fixtures fixtures;
    private final ServiceRequestService desk;
    private final ProcessDriver driver;
    private final TaskService taskService;

    public ServiceRequestFixtures(Fixtures fixtures, ServiceRequestService desk, ProcessDriver driver,
                                  TaskService taskService) {
        this.fixtures = fixtures;
        this.desk = desk;
        this.driver = driver;
        this.taskService = taskService;
    }

    /** A request and the task it waits at. */
    public record Waiting(ServiceRequest request, Task task) {
    }

    /** The dispatch task of a new repair request (in warranty) for a new company. */
    public Task waitingForDispatch() {
        return requestWaitingForDispatch().task();
    }

    /** A new repair request (in warranty) for a new company, triaged and waiting for dispatch. */
    public Waiting requestWaitingForDispatch() {
        Customer customer = fixtures.company();
        ServiceRequest request = desk.open(new NewServiceRequest(customer.getId(),
                fixtures.assetInWarranty(customer).getId(), RequestType.REPAIR, "Display flickers",
                "Flickers after warm-up"), Fixtures.SERVICE1);
        driver.runJobs(request.getProcessInstanceId());
        return new Waiting(request,
                taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult());
    }
}
