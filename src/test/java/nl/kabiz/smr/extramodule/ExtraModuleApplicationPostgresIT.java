package nl.kabiz.smr.extramodule;

import org.springframework.test.context.ActiveProfiles;

/** The same EXTRA-module applications on a real (embedded) PostgreSQL. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class ExtraModuleApplicationPostgresIT extends ExtraModuleApplicationIT {
}
