package nl.kabiz.smr.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Counts the SQL statements the application prepares, per thread, while {@link #count(Runnable)} runs. Statement
 * counts of an operation are the same on every run, so tests can pin them to catch regressions (time is measured
 * only in benchmarks). Active in the {@code test} profile: every integration-test context wraps its DataSource.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class SqlStatementCounter {

    private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> TEXTS = new ThreadLocal<>();

    /** How many statements the action prepared on this thread. */
    public static int count(Runnable action) {
        AtomicInteger counter = new AtomicInteger();
        COUNTER.set(counter);
        try {
            action.run();
        } finally {
            COUNTER.remove();
        }
        return counter.get();
    }

    /** The statements the action prepared on this thread, in order (to see what an operation runs). */
    public static List<String> statements(Runnable action) {
        List<String> texts = new ArrayList<>();
        TEXTS.set(texts);
        try {
            count(action);
        } finally {
            TEXTS.remove();
        }
        return texts;
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    private static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, forward(target, (method, args, result) ->
                        result instanceof Connection connection ? wrap(connection) : result));
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, forward(target, (method, args, result) -> {
                    AtomicInteger counter = COUNTER.get();
                    if (counter != null && PREPARE.contains(method.getName())) {
                        counter.incrementAndGet();
                        List<String> texts = TEXTS.get();
                        if (texts != null) {
                            texts.add(args != null && args.length > 0 && args[0] instanceof String sql
                                    ? sql.replaceAll("\\s+", " ").strip() : "(" + method.getName() + ")");
                        }
                    }
                    return result;
                }));
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result);
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
