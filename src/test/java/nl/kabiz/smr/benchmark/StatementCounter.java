package nl.kabiz.smr.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application prepares on its DataSource, on every thread (job executor, HTTP), while
 * counting is on; also per statement text, so that the figures show which statements dominate. Same notion of a
 * statement as {@code support.SqlStatementCounter} (prepareStatement / prepareCall / createStatement), which counts
 * per thread and therefore cannot see the job executor's work. Registered by the benchmark only (no annotation, so
 * that the integration tests' component scan never picks it up).
 */
final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall", "createStatement");

    private volatile boolean counting;
    private final LongAdder total = new LongAdder();
    private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();

    /** Resets the counts and starts counting. */
    void start() {
        total.reset();
        bySql.clear();
        counting = true;
    }

    /** Stops counting; returns the statements counted since {@link #start()}. */
    long stop() {
        counting = false;
        return total.sum();
    }

    /** The most frequent statements of the last count, with their counts. */
    Map<String, Long> top(int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        bySql.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue().sum()));
        return top;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
    }

    private DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, forward(target, (method, args, result) ->
                        result instanceof Connection connection ? wrap(connection) : result));
    }

    private Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, forward(target, (method, args, result) -> {
                    if (counting && PREPARE.contains(method.getName())) {
                        total.increment();
                        String sql = args != null && args.length > 0 && args[0] instanceof String text
                                ? normalize(text) : "(createStatement)";
                        bySql.computeIfAbsent(sql, k -> new LongAdder()).increment();
                    }
                    return result;
                }));
    }

    private static String normalize(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 140 ? flat.substring(0, 140) : flat;
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return true;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
