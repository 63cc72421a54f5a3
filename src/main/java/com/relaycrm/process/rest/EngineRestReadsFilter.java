package com.relaycrm.process.rest;

import com.relaycrm.process.forms.StartFormOffer;
import com.relaycrm.process.forms.SubmissionGuard;
import com.relaycrm.process.forms.TaskFormValues;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST reads we answer differently for the person signed in: a task's History tab, answered by
 * {@link TaskHistoryTab} for the people who may read the task now, a start form, rewritten with that person's
 * choices ({@link StartFormOffer}), and a task's form variables, to which the record's values are added once the
 * engine has answered them ({@link TaskFormValues}). Every other call passes untouched; writes are
 * {@link EngineRestGuardFilter}'s.
 */
class EngineRestReadsFilter extends OncePerRequestFilter {

    private final EngineRestCalls calls;
    private final TaskHistoryTab taskHistory;
    private final StartFormOffer startForms;
    private final TaskFormValues taskForms;

    EngineRestReadsFilter(EngineRestCalls calls, TaskHistoryTab taskHistory, StartFormOffer startForms,
                          TaskFormValues taskForms) {
        this.calls = calls;
        this.taskForms = taskForms;
        this.taskHistory = taskHistory;
        this.startForms = startForms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> path = "GET".equals(request.getMethod()) ? calls.resourcePath(request) : null;
        if (path == null) {
            chain.doFilter(request, response);
            return;
        }
        if (TaskHistoryTab.asks(path, request)) {
            SubmissionGuard.Actor reader = calls.actor(request);
            String taskId = reader == null ? null : taskHistory.readableTask(request, reader);
            if (taskId != null) {
                taskHistory.answer(path, request, response, taskId);
                return;
            }
        }
        if (isTaskFormVariables(path)) {
            // the engine answers first, for the person asking: only a task they may read gets its record's values
            Set<String> namesAsked = namesAsked(request.getParameter("variableNames"));
            rewriteAnswer(request, response, chain, variables -> taskForms.addedTo(path.get(1), variables, namesAsked));
            return;
        }
        SubmissionGuard.Actor reader = isStartForm(path) ? calls.actor(request) : null;
        if (reader == null) {
            chain.doFilter(request, response);
            return;
        }
        rewriteAnswer(request, response, chain, form -> startForms.forPerson(reader.userId(), form));
    }

    /** The engine's answer, rewritten when it is a 200 (any other answer, a refusal included, passes as it is). */
    private static void rewriteAnswer(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                      UnaryOperator<byte[]> rewrite) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == 200) {
            byte[] rewritten = rewrite.apply(answer.getContentAsByteArray());
            answer.resetBuffer();
            answer.getOutputStream().write(rewritten);
        }
        answer.copyBodyToResponse();
    }

    /** {@code task/{id}/form-variables}: what Tasklist fills a task's Camunda form with. */
    private static boolean isTaskFormVariables(List<String> path) {
        return path.size() == 3 && "task".equals(path.get(0)) && "form-variables".equals(path.get(2));
    }

    /** The engine's {@code variableNames} parameter: names separated by commas; null (all) when absent. */
    private static Set<String> namesAsked(String variableNames) {
        if (variableNames == null || variableNames.isBlank()) {
            return null;
        }
        return Arrays.stream(variableNames.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    /** {@code process-definition/{id}/deployed-start-form}, by key, or by key and tenant. */
    private static boolean isStartForm(List<String> path) {
        return path.size() >= 3 && "process-definition".equals(path.get(0))
                && "deployed-start-form".equals(path.get(path.size() - 1))
                && (path.size() == 3 || path.size() == 4 && "key".equals(path.get(1))
                || path.size() == 6 && "key".equals(path.get(1)) && "tenant-id".equals(path.get(3)));
    }
}
