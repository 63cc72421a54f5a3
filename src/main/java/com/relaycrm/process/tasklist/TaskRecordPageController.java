package com.relaycrm.process.tasklist;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record page of a process instance a person has a task in: what the page for staff who followed Tasklist's
 * link into Cockpit (/records/cockpit.html) offers instead. Only through a task the engine lets the user read now
 * (the request runs under their engine authorizations, security/EngineIdentityFilter); the record page itself then
 * applies the record's data permission as always.
 */
@RestController
class TaskRecordPageController {

    private final TaskService taskService;

    TaskRecordPageController(TaskService taskService) {
        this.taskService = taskService;
    }

    /** GET /api/tasks/record-page?processInstanceId=…: {"recordPage": "/records/…"}, or 404. */
    @GetMapping("/api/tasks/record-page")
    Map<String, String> recordPage(@RequestParam(required = false) String processInstanceId) {
        if (processInstanceId == null || !processInstanceId.matches("[A-Za-z0-9:._-]{1,64}")) {
            throw new InvalidInputException("processInstanceId", "must be a process instance id");
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (taskService.getVariableLocal(task.getId(), TaskCardVariables.RECORD_PAGE) instanceof String page) {
                return Map.of("recordPage", page);
            }
        }
        throw new NotFoundException("Task of process instance", processInstanceId);
    }
}
