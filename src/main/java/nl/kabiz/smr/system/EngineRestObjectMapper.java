package nl.kabiz.smr.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * One {@link ObjectMapper} for the engine's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}),
 * configured exactly as Camunda's {@link JacksonConfigurator} configures it.
 * <p>
 * {@code JacksonConfigurator} builds a new mapper on every lookup, so every request builds Jackson's
 * (de)serializers anew: measured (issue 12, JFR) as about a sixth of the time of Tasklist's filter list, which reads
 * the filter's query from JSON twice per request. A configured {@code ObjectMapper} is thread-safe and nothing in
 * the REST API changes it after configuration. Registered beside {@code JacksonConfigurator} by
 * {@link EngineRestJackson}; made on first use, after any start-up change of the date format.
 * <p>
 * Jersey asks the context resolvers of a media type in the order of their rank, highest first, and takes the first
 * answer: so the same {@code @Produces} as {@code JacksonConfigurator}, and a rank above its {@code Priorities.USER}
 * (5000). {@code EngineRestObjectMapperIT} proves that both APIs ask this one.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
@Priority(EngineRestObjectMapper.AHEAD_OF_CAMUNDA)
public class EngineRestObjectMapper implements ContextResolver<ObjectMapper> {

    /** Above {@code Priorities.USER}, the rank of {@code JacksonConfigurator}. */
    static final int AHEAD_OF_CAMUNDA = 10_000;
    private static final LongAdder LOOKUPS = new LongAdder();

    private static final class Holder {
        static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        LOOKUPS.increment();
        return Holder.MAPPER;
    }

    /** How often the REST API asked for its mapper (for the test that proves this resolver is the one asked). */
    static long lookups() {
        return LOOKUPS.sum();
    }
}
