package nl.kabiz.smr.publicregister;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Which status the public register shows, and whether it shows the coach at all: an active coach is
 * "geregistreerd" (with the transition deadline while a transition case is open); an ended registration is shown as
 * "registratie beëindigd op ..." for {@code smr.public-register.ended-visible-for} after the day it ended, then no
 * longer.
 */
final class StatusPolicy {

    private final Period endedVisibleFor;

    StatusPolicy(Period endedVisibleFor) {
        this.endedVisibleFor = endedVisibleFor;
    }

    /** The first end day still shown on {@code today}. */
    LocalDate endedVisibleSince(LocalDate today) {
        return today.minus(endedVisibleFor);
    }

    /**
     * @param active the coach's registration has not ended
     * @param endedOn the day it ended (ended coaches)
     * @param transitionUntil deadline of an open transition case, or null
     * @return empty when the coach is not (or no longer) in the public register
     */
    Optional<PublicStatus> status(boolean active, LocalDate endedOn, LocalDate transitionUntil, LocalDate today) {
        if (!active) {
            if (endedOn == null || endedOn.isBefore(endedVisibleSince(today))) {
                return Optional.empty();
            }
            return Optional.of(new PublicStatus(PublicStatus.Code.ENDED,
                    "registratie beëindigd op " + DutchDates.format(endedOn), null, endedOn));
        }
        if (transitionUntil != null) {
            return Optional.of(new PublicStatus(PublicStatus.Code.IN_TRANSITION,
                    "geregistreerd, in overgangsregeling tot " + DutchDates.format(transitionUntil), transitionUntil,
                    null));
        }
        return Optional.of(new PublicStatus(PublicStatus.Code.REGISTERED, "geregistreerd", null, null));
    }
}
