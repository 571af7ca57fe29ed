package nl.kabiz.smr.publicregister;

import org.springframework.test.context.ActiveProfiles;

/** The public register at 10,000 coaches on a real (embedded) PostgreSQL: plans and latency as PostgreSQL does them. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class PublicRegisterScalePostgresIT extends PublicRegisterScaleIT {
}
