package com.relaycrm.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Benchmark helper: wraps the application's DataSource so that every statement executed (by the engine's MyBatis,
 * Hibernate or plain JDBC) is counted and timed under its SQL text, while {@link #counting} is on. Registered by a
 * benchmark's own test configuration, never by the application.
 */
final class StatementCounter implements BeanPostProcessor {

    /** Executions and nanoseconds of one SQL text. */
    record Tally(LongAdder count, LongAdder nanos) {
        Tally() {
            this(new LongAdder(), new LongAdder());
        }
    }

    /** Where statements are tallied now (one map per measured flow), null when not counting. */
    static volatile Map<String, Tally> counting;
    /**
     * When set, only this thread's statements are tallied: the measured flow's, not those the application's
     * schedulers run meanwhile on other threads (statistics refresh, device polling, locks).
     */
    static volatile Thread countingThread;
    /** All statements tallied so far, whichever map. */
    static final Tally ALL = new Tally();

    static Map<String, Tally> tallies() {
        return new ConcurrentHashMap<>();
    }

    /** The SQL texts that took the most time more in one map than in the other, most first. */
    static List<Map.Entry<String, Tally>> top(Map<String, Tally> tallies, Map<String, Tally> baseline, int n) {
        java.util.function.ToLongFunction<Map.Entry<String, Tally>> extra = e -> e.getValue().nanos().sum()
                - (baseline.containsKey(e.getKey()) ? baseline.get(e.getKey()).nanos().sum() : 0);
        return tallies.entrySet().stream().sorted(Comparator.comparingLong(extra).reversed()).limit(n).toList();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Map<String, Tally> tallies = counting;
            if (tallies != null && method.getName().equals("commit")) {
                // a commit is a statement too (and on PostgreSQL a WAL flush): tallied as "COMMIT"
                long t = System.nanoTime();
                try {
                    return invoke(target, method, args);
                } finally {
                    Tally tally = tallies.computeIfAbsent("COMMIT", k -> new Tally());
                    tally.count().increment();
                    tally.nanos().add(System.nanoTime() - t);
                }
            }
            Object result = invoke(target, method, args);
            if (result instanceof CallableStatement statement) {
                return statement(CallableStatement.class, statement, (String) args[0]);
            }
            if (result instanceof PreparedStatement statement) {
                return statement(PreparedStatement.class, statement, (String) args[0]);
            }
            if (result instanceof Statement statement) {
                return statement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (target, method, args) -> {
            Map<String, Tally> tallies = counting;
            Thread only = countingThread;
            if (tallies == null || !method.getName().startsWith("execute")
                    || only != null && only != Thread.currentThread()) {
                return invoke(target, method, args);
            }
            String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
            long t = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                long nanos = System.nanoTime() - t;
                Tally tally = tallies.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), k -> new Tally());
                tally.count().increment();
                tally.nanos().add(nanos);
                ALL.count().increment();
                ALL.nanos().add(nanos);
            }
        });
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
