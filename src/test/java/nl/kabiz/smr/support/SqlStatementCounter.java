package nl.kabiz.smr.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
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
                new Class<?>[] {DataSource.class}, forward(target, (method, result) ->
                        result instanceof Connection connection ? wrap(connection) : result));
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, forward(target, (method, result) -> {
                    AtomicInteger counter = COUNTER.get();
                    if (counter != null && PREPARE.contains(method.getName())) {
                        counter.incrementAndGet();
                    }
                    return result;
                }));
    }

    private static InvocationHandler forward(Object target, java.util.function.BiFunction<Method, Object, Object> after) {
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
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
