package nl.kabiz.smr.system;

import java.time.ZoneId;

/** The register's time zone: days, deadlines and reminder moments are Dutch days. */
public final class RegisterTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private RegisterTime() {
    }
}
