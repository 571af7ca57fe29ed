package nl.kabiz.smr.publicregister;

import java.time.LocalDate;

/**
 * A coach's registration as the public sees it.
 *
 * @param code {@code REGISTERED}, {@code IN_TRANSITION} or {@code ENDED}
 * @param label the Dutch text: "geregistreerd", "geregistreerd, in overgangsregeling tot 1 juli 2025",
 *     "registratie beëindigd op 3 maart 2026"
 * @param transitionUntil the deadline of the transition arrangement (only {@code IN_TRANSITION})
 * @param endedOn the day the registration ended (only {@code ENDED})
 */
public record PublicStatus(Code code, String label, LocalDate transitionUntil, LocalDate endedOn) {

    public enum Code {
        REGISTERED, IN_TRANSITION, ENDED
    }
}
