package com.relaycrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves a process the way its people and its clock do, for process tests: works a task as a user (claiming it first
 * when nobody holds it, as Tasklist does, under the engine's authorization checks with the user's real groups), fires
 * a timer, runs the asynchronous steps the job executor would (it is off in tests). The one copy of what process
 * tests used to write each for themselves.
 */
@Component
public class ProcessDriver {

    /** Jobs that keep creating jobs (a cycle timer) stop the run after this many rounds rather than loop forever. */
    private static final int MAX_JOB_ROUNDS = 50;

    private final TaskService taskService;
    private final ManagementService managementService;
    private final DemoUsers users;

    public ProcessDriver(TaskService taskService, ManagementService managementService, DemoUsers users) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.users = users;
    }

    /** The open task of the process waiting at this user task, or null. */
    public Task task(ProcessInstance process, String taskId) {
        return task(process.getId(), taskId);
    }

    public Task task(String processInstanceId, String taskId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskId)
                .singleResult();
    }

    /** Claims the task waiting at {@code taskId} if nobody holds it, then completes it, both as {@code user}. */
    public void complete(ProcessInstance process, String taskId, String user, Map<String, Object> variables) {
        complete(process.getId(), taskId, user, variables);
    }

    public void complete(String processInstanceId, String taskId, String user, Map<String, Object> variables) {
        Task task = task(processInstanceId, taskId);
        assertThat(task).as("an open task %s in process instance %s", taskId, processInstanceId).isNotNull();
        complete(task, user, variables);
    }

    /** Claims the task if nobody holds it, then completes it, both as {@code user}. */
    public void complete(Task task, String user, Map<String, Object> variables) {
        users.actAs(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
        });
    }

    /** The timer job of the process at this timer event (or boundary timer), or null. */
    public Job timer(ProcessInstance process, String timerId) {
        return managementService.createJobQuery().processInstanceId(process.getId()).activityId(timerId)
                .timers().singleResult();
    }

    /** Fires the timer now, whatever its due date: the clock has reached it. */
    public void fireTimer(ProcessInstance process, String timerId) {
        Job timer = timer(process, timerId);
        assertThat(timer).as("a timer %s in process instance %s", timerId, process.getId()).isNotNull();
        managementService.executeJob(timer.getId());
    }

    /** The timer job of a timer start event of the process definition (e.g. a nightly sweep), or null. */
    public Job startTimer(String processKey, String timerId) {
        return managementService.createJobQuery().processDefinitionKey(processKey).activityId(timerId).timers()
                .singleResult();
    }

    /** Fires the process definition's timer start event now, as the job executor would when it falls due. */
    public void fireStartTimer(String processKey, String timerId) {
        Job timer = startTimer(processKey, timerId);
        assertThat(timer).as("a start timer %s of process %s", timerId, processKey).isNotNull();
        managementService.executeJob(timer.getId());
    }

    /**
     * Runs the process's due asynchronous jobs (not its timers that are not due) until none is left, as the job
     * executor would; returns how many ran.
     */
    public int runJobs(ProcessInstance process) {
        return runJobs(process.getId());
    }

    public int runJobs(String processInstanceId) {
        int ran = 0;
        for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                ran++;
            }
        }
        throw new AssertionError("jobs of process instance " + processInstanceId + " still due after "
                + MAX_JOB_ROUNDS + " rounds");
    }
}
