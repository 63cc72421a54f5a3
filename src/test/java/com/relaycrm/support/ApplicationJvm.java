package com.relaycrm.support;

import static org.awaitility.Awaitility.await;

import com.relaycrm.RelayCrmApplication;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application as a separate JVM (the application's classes and libraries of the test class path), for tests
 * that kill a node with SIGKILL ({@link #kill()}) or run several nodes on one database ({@link TestDatabase}).
 * Its output goes to a log file the test can wait on.
 */
public final class ApplicationJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ApplicationJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts the application with these arguments, on the database, writing to the log. */
    public static ApplicationJvm start(String name, TestDatabase database, List<String> arguments,
                                       Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                RelayCrmApplication.class.getName()));
        command.addAll(arguments);
        command.addAll(database.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(database.environment());
        builder.environment().putAll(environment);
        return new ApplicationJvm(name, builder.start(), log);
    }

    /** The application's classes and libraries, without test classes (their components would join the context). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits until the log shows the text; fails at once, naming the log, when the application ended. */
    public void awaitLog(String text, Duration atMost) {
        await(name + " to log \"" + text + "\" (see " + log + ")").atMost(atMost)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " ended with " + process.exitValue() + "; see " + log);
                    }
                    return Files.readString(log).contains(text);
                });
    }

    /** Waits until the application started (Spring Boot's "Started" line). */
    public void awaitStarted(Duration atMost) {
        awaitLog("Started " + RelayCrmApplication.class.getSimpleName(), atMost);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook runs, open transactions are cut off with the connections. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, waiting for the orderly shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public String toString() {
        return name;
    }
}
