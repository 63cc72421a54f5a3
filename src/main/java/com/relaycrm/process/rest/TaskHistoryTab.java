package com.relaycrm.process.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.process.SystemAccess;
import com.relaycrm.process.forms.SubmissionGuard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.history.UserOperationLogEntryDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Tasklist's History tab, answered for the people who may read the task now.
 *
 * <p>The tab asks for the user operation log of the open task ({@code GET history/user-operation[/count]?taskId=…}).
 * The engine shows that log only with READ_HISTORY on the whole process definition (every instance's history, more
 * than a rep or an engineer may see) or with historic instance permissions, which would also let everyone who was
 * ever offered a task read the whole instance's historic variables for good. So for exactly that request — one task
 * id and paging, nothing else — from a user the engine lets read that task now (its candidate users and groups, its
 * assignee), {@link EngineRestReadsFilter} answers it here with that one task's log, read with system access, in the
 * engine REST API's format: they see what was done on the task they may work on, nothing else, and no authorization
 * is granted. Tasklist then no longer says "There is no history for the task."
 */
class TaskHistoryTab {

    private static final List<String> TASK_HISTORY = List.of("history", "user-operation");
    private static final List<String> TASK_HISTORY_COUNT = List.of("history", "user-operation", "count");
    private static final Set<String> TASK_HISTORY_PARAMETERS = Set.of("taskId", "firstResult", "maxResults");
    private static final int MAX_HISTORY_ENTRIES = 500;
    /** Dates and fields as the engine REST API writes them. */
    private static final ObjectMapper ENGINE_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    private final IdentityService identityService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final SystemAccess systemAccess;

    TaskHistoryTab(IdentityService identityService, TaskService taskService, HistoryService historyService,
                   SystemAccess systemAccess) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.systemAccess = systemAccess;
    }

    /** Whether the request is the History tab's: the log of one task, or its count, with nothing but paging. */
    static boolean asks(List<String> path, HttpServletRequest request) {
        if (path == null || !(path.equals(TASK_HISTORY) || path.equals(TASK_HISTORY_COUNT))
                || !TASK_HISTORY_PARAMETERS.containsAll(request.getParameterMap().keySet())) {
            return false;
        }
        String[] taskIds = request.getParameterValues("taskId");
        return taskIds != null && taskIds.length == 1 && !taskIds[0].isBlank();
    }

    /**
     * The task id of the tab's request when the reader may read that task now, by the engine's own authorization
     * check of a task query as that user; otherwise null (the engine answers).
     */
    String readableTask(HttpServletRequest request, SubmissionGuard.Actor reader) {
        String taskId = request.getParameter("taskId");
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(reader.userId(), reader.groupIds());
        try {
            return taskService.createTaskQuery().taskId(taskId).count() == 1 ? taskId : null;
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    /** The task's user operation log (or its count), newest first, in the engine REST API's format. */
    void answer(List<String> path, HttpServletRequest request, HttpServletResponse response, String taskId)
            throws IOException {
        Object body;
        if (path.equals(TASK_HISTORY_COUNT)) {
            body = Map.of("count", systemAccess.call(() -> historyService.createUserOperationLogQuery()
                    .taskId(taskId).count()));
        } else {
            int first = number(request.getParameter("firstResult"), 0);
            int max = Math.min(number(request.getParameter("maxResults"), MAX_HISTORY_ENTRIES), MAX_HISTORY_ENTRIES);
            body = UserOperationLogEntryDto.map(systemAccess.call(() -> historyService.createUserOperationLogQuery()
                    .taskId(taskId).orderByTimestamp().desc().listPage(first, max)));
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        ENGINE_JSON.writeValue(response.getOutputStream(), body);
    }

    private static int number(String text, int absent) {
        try {
            return text == null ? absent : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return absent;
        }
    }
}
