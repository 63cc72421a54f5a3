package com.relaycrm.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class that owns a BPMN process: its key, the ids of its user tasks and timers, the forms its tasks
 * show, the messages it waits for and the names of its variables, and the only code that starts, moves or queries
 * instances of that process (everything else asks the gateway). The names live in nested classes of the gateway, each
 * holding {@code public static final String} constants:
 * <ul>
 * <li>{@code Tasks}: the id of every user task in the diagram;</li>
 * <li>{@code Timers}: the id of every timer event;</li>
 * <li>{@code Messages}: the name of every message the diagram declares;</li>
 * <li>{@code Forms}: the id of every Camunda Form the diagram references ({@code camunda:formRef});</li>
 * <li>{@code Variables}: every variable the diagram's expressions read or the forms' fields write, and that the
 * application reads or sets;</li>
 * <li>{@code Data}: variables only the application writes and reads (record ids, text for the task cards), which
 * appear in neither diagram nor form.</li>
 * </ul>
 * {@code architecture.ProcessModelContractTest} reads each diagram and its forms and checks the names both ways: what
 * the gateway names exists there, and what is there is named by the gateway.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessGateway {

    /** The process definition key: the {@code id} of the diagram's executable process. */
    String value();
}
