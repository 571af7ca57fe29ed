package nl.kabiz.smr.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with the JVM in UTC, as on a server: a date formatted in the JVM's zone instead of the register's
 * then shows up one day early (the build runs the tests in Europe/Amsterdam, where such a bug hides).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InUtc.Extension.class)
public @interface InUtc {

    /** Sets UTC before each test and puts the JVM's zone back after it. */
    class Extension implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InUtc.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getStore(NAMESPACE).put("zone", TimeZone.getDefault());
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TimeZone.setDefault(context.getStore(NAMESPACE).get("zone", TimeZone.class));
        }
    }
}
