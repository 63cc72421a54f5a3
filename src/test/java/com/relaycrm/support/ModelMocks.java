package com.relaycrm.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The stand-ins for a diagram's delegates in the fast tier ({@link ProcessModelTest}). Each delegate expression is a
 * {@link Recorder} that notes where it was called and may run a step of the test's own (set the variables the real
 * delegate would set, or throw the BPMN error it would throw).
 */
public final class ModelMocks {

    private static final Map<String, Recorder> RECORDERS = new ConcurrentHashMap<>();

    private ModelMocks() {
    }

    static void registerRecorder(String name) {
        RECORDERS.computeIfAbsent(name, Recorder::new);
        Mocks.register(name, RECORDERS.get(name));
    }

    /** Makes the delegate {@code name} run {@code step} on the execution when called (and still record the call). */
    public static void onExecution(String name, Consumer<DelegateExecution> step) {
        Recorder recorder = RECORDERS.computeIfAbsent(name, Recorder::new);
        recorder.step = step;
        Mocks.register(name, recorder);
    }

    /** Registers any object under {@code name}: a bean the diagram's expressions call ({@code ${bean.method(...)}}). */
    public static void register(String name, Object bean) {
        Mocks.register(name, bean);
    }

    /** The activity ids (or task definition keys, for task listeners) where the delegate was called, in order. */
    public static List<String> calls(String name) {
        Recorder recorder = RECORDERS.get(name);
        return recorder == null ? List.of() : List.copyOf(recorder.calls);
    }

    static void reset() {
        RECORDERS.clear();
    }

    /** A no-op delegate, execution listener and task listener that records each call. */
    public static final class Recorder implements JavaDelegate, ExecutionListener, TaskListener {

        private final String name;
        private final List<String> calls = new ArrayList<>();
        private volatile Consumer<DelegateExecution> step = execution -> { };

        Recorder(String name) {
            this.name = name;
        }

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(execution.getCurrentActivityId());
            step.accept(execution);
        }

        @Override
        public void notify(DelegateExecution execution) {
            execute(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            calls.add(task.getTaskDefinitionKey());
        }

        @Override
        public String toString() {
            return "ModelMocks.Recorder[" + name + "]";
        }
    }
}
