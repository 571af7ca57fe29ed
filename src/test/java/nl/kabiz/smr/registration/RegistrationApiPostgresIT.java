package nl.kabiz.smr.registration;

import org.springframework.test.context.ActiveProfiles;

/** The same registration runs on a real (embedded) PostgreSQL. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class RegistrationApiPostgresIT extends RegistrationApiIT {
}
