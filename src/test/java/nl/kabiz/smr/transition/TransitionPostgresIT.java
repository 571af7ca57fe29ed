package nl.kabiz.smr.transition;

import org.springframework.test.context.ActiveProfiles;

/** The transition arrangement end to end on a real (embedded) PostgreSQL. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class TransitionPostgresIT extends TransitionIT {
}
