package nl.kabiz.smr.coach;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A coach in the register, with the modules they hold.
 *
 * @param postalCode the coach's postal code ({@code 3511 AB}) or only its 4-digit area ({@code 3511}); null when
 *     unknown. The public register shows and searches only the area.
 * @param userId the Camunda user of a coach who also acts as supervisor (null for most coaches)
 * @param profileVersion the BASIS profile version the coach last qualified under (null: not yet under a versioned one)
 */
public record Coach(String registrationNumber, String name, String email, String city, String postalCode,
        LocalDate initialRegistrationDate, boolean healthcareProfessional, CoachStatus status, LocalDate endedOn,
        String userId, String profileVersion, LocalDate profileQualifiedOn, List<CoachModule> modules) {

    /** The 4-digit postal-code area ({@code 3511}), or null. */
    public String postalArea() {
        return postalCode == null || postalCode.length() < 4 ? null : postalCode.substring(0, 4);
    }

    public boolean isActive() {
        return status == CoachStatus.ACTIVE;
    }

    /** Whole years since the first registration, on the given day. */
    public int yearsRegistered(LocalDate on) {
        return Math.max(0, Period.between(initialRegistrationDate, on).getYears());
    }

    public Optional<CoachModule> module(Module module) {
        return modules.stream().filter(m -> m.module() == module).findFirst();
    }

    /** Holds the module on that day. */
    public boolean holds(Module module, LocalDate on) {
        return isActive() && module(module).map(m -> m.validOn(on)).orElse(false);
    }

    /** The same coach with other modules. */
    public Coach withModules(List<CoachModule> newModules) {
        return new Coach(registrationNumber, name, email, city, postalCode, initialRegistrationDate,
                healthcareProfessional, status, endedOn, userId, profileVersion, profileQualifiedOn,
                List.copyOf(newModules));
    }

    /** The same coach, qualified under a profile version on a day, with modules to match. */
    public Coach withQualification(String version, LocalDate on, List<CoachModule> newModules) {
        return new Coach(registrationNumber, name, email, city, postalCode, initialRegistrationDate,
                healthcareProfessional, status, endedOn, userId, version, on, List.copyOf(newModules));
    }

    /** The same coach, no longer in the register from the day, with modules to match. */
    public Coach ended(LocalDate on, List<CoachModule> newModules) {
        return new Coach(registrationNumber, name, email, city, postalCode, initialRegistrationDate,
                healthcareProfessional, CoachStatus.ENDED, on, userId, profileVersion, profileQualifiedOn,
                List.copyOf(newModules));
    }

    /** The same coach, linked to a Camunda user. */
    public Coach withUser(String newUserId) {
        return new Coach(registrationNumber, name, email, city, postalCode, initialRegistrationDate,
                healthcareProfessional, status, endedOn, newUserId, profileVersion, profileQualifiedOn, modules);
    }

    /**
     * One module of a coach: from when, until when, under which profile version, and why it ended.
     *
     * @param profileVersion the version of the module's own competency profile the coach was assessed against
     *     (EXTRA-Zwanger: {@code 2.6}); null for modules from the register before versioned profiles
     * @param endReason why the module ended (null while it runs, or when ended before reasons were recorded)
     */
    public record CoachModule(Module module, LocalDate validFrom, LocalDate validUntil, String profileVersion,
            String endReason) {

        public CoachModule(Module module, LocalDate validFrom, LocalDate validUntil, String profileVersion) {
            this(module, validFrom, validUntil, profileVersion, null);
        }

        /** The same module, ended on the day for the reason. */
        public CoachModule endedOn(LocalDate day, String reason) {
            return new CoachModule(module, validFrom, day, profileVersion, reason);
        }

        /** Still running after the day (no end, or an end later than the day). */
        public boolean runsAfter(LocalDate day) {
            return validUntil == null || validUntil.isAfter(day);
        }

        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }
}
