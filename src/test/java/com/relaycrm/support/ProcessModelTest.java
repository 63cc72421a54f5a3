package com.relaycrm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fast tier: one diagram on an engine of its own, in memory, with no application, database of records, web
 * server or Spring context, so a change to a diagram is checked in seconds ({@code ./mvnw test -Dgroups=model}).
 * Deploy the diagram with {@code @Deployment(resources = "processes/….bpmn")}; every delegate and listener the
 * diagram names ({@code camunda:delegateExpression}) is a {@link ModelMocks.Recorder} that records its calls; a test
 * replaces one with {@code ModelMocks.register(name, delegate)} to set the variables a real step would, and reads
 * the calls with {@code ModelMocks.calls(name)}. camunda-bpm-assert's {@code assertThat} works on this engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("model")
@ExtendWith(ProcessModelEngine.class)
public @interface ProcessModelTest {
}
