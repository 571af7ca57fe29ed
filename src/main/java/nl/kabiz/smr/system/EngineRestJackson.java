package nl.kabiz.smr.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link EngineRestObjectMapper} with every JAX-RS application that uses Camunda's
 * {@link JacksonConfigurator}: {@code /engine-rest} and the webapps' {@code /camunda/api/*} (whose Jersey servlets
 * Camunda's webapp initializer registers, out of reach of Spring). Found by Jersey through
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class EngineRestJackson implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(JacksonConfigurator.class)
                && !context.getConfiguration().isRegistered(EngineRestObjectMapper.class)) {
            context.register(EngineRestObjectMapper.class);
        }
    }
}
