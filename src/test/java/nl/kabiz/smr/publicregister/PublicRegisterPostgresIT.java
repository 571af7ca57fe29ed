package nl.kabiz.smr.publicregister;

import org.springframework.test.context.ActiveProfiles;

/** The public register on a real (embedded) PostgreSQL. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class PublicRegisterPostgresIT extends PublicRegisterIT {
}
