package nl.kabiz.smr.system;

import org.springframework.test.context.ActiveProfiles;

/** The same checks on a real PostgreSQL. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class StrictInputPostgresIT extends StrictInputIT {
}
