package nl.kabiz.smr.coach;

import org.springframework.test.context.ActiveProfiles;

/** Rookvrije Ouders and the end of BASIS on a real (embedded) PostgreSQL. */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class RookvrijeOudersPostgresIT extends RookvrijeOudersIT {
}
