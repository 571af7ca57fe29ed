package nl.kabiz.smr.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.system.ReferenceCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of coaches, shared by every procedure: who is registered, for which modules, under which
 * profile version; entering, qualifying and ending a registration.
 */
@Service
public class CoachRegister {

    /** Registration numbers look like {@code SMR-000001}. */
    static final String COUNTER = "coach";
    private static final Logger LOG = LoggerFactory.getLogger(CoachRegister.class);

    private final CoachRepository coaches;
    private final ReferenceCounter counter;
    private final Clock clock;

    CoachRegister(CoachRepository coaches, ReferenceCounter counter, Clock clock) {
        this.coaches = coaches;
        this.counter = counter;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Coach> find(String registrationNumber) {
        return registrationNumber == null ? Optional.empty() : coaches.find(registrationNumber);
    }

    /** The coach record of a Camunda user (a supervisor), if any. */
    @Transactional(readOnly = true)
    public Optional<Coach> findByUser(String userId) {
        return coaches.findByUser(userId);
    }

    @Transactional(readOnly = true)
    public List<Coach> all() {
        return coaches.findAll();
    }

    /** Registration numbers of active coaches first registered on or before the day. */
    @Transactional(readOnly = true)
    public List<String> activeRegisteredOnOrBefore(LocalDate day) {
        return coaches.activeRegisteredOnOrBefore(day);
    }

    /**
     * Enters a new coach with the BASIS module valid from today under the given profile version.
     *
     * @param postalCode the postal code from the application (the public register shows its 4-digit area); may be null
     */
    @Transactional
    public Coach registerNew(String name, String email, String city, String postalCode,
            boolean healthcareProfessional, String profileVersion) {
        LocalDate today = LocalDate.now(clock);
        String number = RegistrationNumber.of(counter.next(COUNTER, 1));
        Coach coach = new Coach(number, name, email, city, postalCode, today, healthcareProfessional, CoachStatus.ACTIVE, null,
                null, profileVersion, today, List.of(new Coach.CoachModule(Module.BASIS, today, null, profileVersion)));
        coaches.insert(coach);
        return coach;
    }

    /** Inserts or replaces a coach as given (the import of the existing register). Returns true when new. */
    @Transactional
    public boolean save(Coach coach) {
        boolean isNew = !coaches.exists(coach.registrationNumber());
        if (isNew) {
            coaches.insert(coach);
        } else {
            coaches.update(coach);
        }
        counter.atLeast(COUNTER, Long.parseLong(coach.registrationNumber().substring(4)));
        return isNew;
    }

    /** Records that the coach met the given BASIS profile version today (transition completed). */
    @Transactional
    public Coach recordQualification(String registrationNumber, String profileVersion) {
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        List<Coach.CoachModule> modules = new ArrayList<>();
        for (Coach.CoachModule m : coach.modules()) {
            modules.add(m.module() == Module.BASIS ? new Coach.CoachModule(m.module(), m.validFrom(), m.validUntil(),
                    profileVersion) : m);
        }
        Coach updated = coach.withQualification(profileVersion, today, modules);
        coaches.update(updated);
        // the transition is over: the public register no longer shows a deadline
        coaches.setTransitionUntil(registrationNumber, null);
        return updated;
    }

    /**
     * Adds (or renews) a module valid from today, recording the version of the module's profile the coach was
     * assessed against (for an EXTRA module: the version of its own profile in force, e.g. EXTRA-Zwanger 2.6) and
     * the day. An EXTRA module rests on BASIS: only a coach who holds BASIS today can get one ({@code 409}
     * otherwise).
     *
     * @return the coach with the module; {@code coach.module(module)} is the granted module
     */
    @Transactional
    public Coach grantModule(String registrationNumber, Module module, String profileVersion) {
        if (profileVersion == null || profileVersion.isBlank()) {
            throw new IllegalArgumentException("A module is granted under a profile version");
        }
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        if (module != Module.BASIS && !coach.holds(Module.BASIS, today)) {
            throw new CaseConflict("Een EXTRA-module bouwt voort op BASIS: " + registrationNumber
                    + " heeft geen actieve BASIS-registratie");
        }
        List<Coach.CoachModule> modules = new ArrayList<>(coach.modules().stream()
                .filter(m -> m.module() != module).toList());
        modules.add(new Coach.CoachModule(module, today, null, profileVersion));
        Coach updated = coach.withModules(modules);
        coaches.update(updated);
        return updated;
    }

    /** Reason recorded when the caller gives none (the transition case's end of registration calls it so). */
    public static final String DEFAULT_END_REASON = "BASIS-registratie beëindigd";

    /** Ends the registration today with {@link #DEFAULT_END_REASON}; see {@link #endRegistration(String, String)}. */
    @Transactional
    public EndedRegistration endRegistration(String registrationNumber) {
        return endRegistration(registrationNumber, DEFAULT_END_REASON);
    }

    /**
     * Ends the registration today: every module ends, the coach is no longer active. EXTRA modules and Rookvrije
     * Ouders rest on BASIS, so they end with it, each recorded with the day and the reason
     * ({@code "Vervallen met de BASIS-registratie: <reason>"}). A registration that has already ended stays as it
     * is (nothing ends twice).
     *
     * @param reason why, in Dutch, as the coach may read it (e.g. "termijn overgangsregeling verstreken")
     * @return what ended, for the email to the coach
     */
    @Transactional
    public EndedRegistration endRegistration(String registrationNumber, String reason) {
        Coach coach = require(registrationNumber);
        String why = reason == null || reason.isBlank() ? DEFAULT_END_REASON : reason.strip();
        if (!coach.isActive()) {
            return new EndedRegistration(coach, coach.endedOn(), why, List.of(), null);
        }
        LocalDate today = LocalDate.now(clock);
        String dependent = "Vervallen met de BASIS-registratie: " + why;
        List<Coach.CoachModule> endedExtras = new ArrayList<>();
        List<Coach.CoachModule> modules = new ArrayList<>();
        for (Coach.CoachModule m : coach.modules()) {
            if (!m.runsAfter(today)) {
                modules.add(m); // ended before
            } else if (m.module() == Module.BASIS) {
                modules.add(m.endedOn(today, why));
            } else {
                Coach.CoachModule ended = m.endedOn(today, dependent);
                modules.add(ended);
                endedExtras.add(ended);
            }
        }
        Coach updated = coach.ended(today, modules);
        coaches.update(updated);
        coaches.setEndReason(registrationNumber, why);
        coaches.setTransitionUntil(registrationNumber, null);
        RookvrijeOuders rookvrijeOuders = endRookvrijeOuders(registrationNumber, today, dependent);
        LOG.info("Registration {} ended ({}): EXTRA modules ended {}, Rookvrije Ouders ended {}", registrationNumber,
                why, endedExtras.stream().map(m -> m.module().name()).toList(), rookvrijeOuders != null);
        return new EndedRegistration(updated, today, why, List.copyOf(endedExtras), rookvrijeOuders);
    }

    /**
     * Ends one EXTRA module today (not BASIS: that is {@link #endRegistration(String, String)}); ending
     * EXTRA-Zwanger ends Rookvrije Ouders too. Returns the Rookvrije Ouders participation that ended, or null.
     */
    @Transactional
    public RookvrijeOuders endModule(String registrationNumber, Module module, String reason) {
        if (module == Module.BASIS) {
            throw new IllegalArgumentException("BASIS ends with endRegistration");
        }
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        String why = reason == null || reason.isBlank() ? module.label() + " beëindigd" : reason.strip();
        coaches.update(coach.withModules(coach.modules().stream()
                .map(m -> m.module() == module && m.runsAfter(today) ? m.endedOn(today, why) : m).toList()));
        return module == Module.EXTRA_ZWANGER
                ? endRookvrijeOuders(registrationNumber, today, "Vervallen met EXTRA-Zwanger: " + why) : null;
    }

    /**
     * What {@link #endRegistration(String, String)} ended, for the email that tells the coach.
     *
     * @param endedOn the last day of the registration
     * @param endedExtraModules the EXTRA modules that ended with BASIS (empty: none was running)
     * @param rookvrijeOuders the Rookvrije Ouders participation that ended with it, or null (not taking part)
     */
    public record EndedRegistration(Coach coach, LocalDate endedOn, String reason,
            List<Coach.CoachModule> endedExtraModules, RookvrijeOuders rookvrijeOuders) {

        /** Whether anything besides BASIS ended (the email then names it). */
        public boolean endedMoreThanBasis() {
            return !endedExtraModules.isEmpty() || rookvrijeOuders != null;
        }

        /** Dutch names of what ended besides BASIS, e.g. {@code ["EXTRA-Zwanger", "Rookvrije Ouders"]}. */
        public List<String> endedLabels() {
            List<String> labels = new ArrayList<>(endedExtraModules.stream().map(m -> m.module().label()).toList());
            if (rookvrijeOuders != null) {
                labels.add("Rookvrije Ouders");
            }
            return List.copyOf(labels);
        }
    }

    /**
     * The deadline of the coach's open transition case, if any: present = the coach is in transition (the input
     * {@code inTransition} of DMN {@code extraModuleEligibility}).
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> transitionUntil(String registrationNumber) {
        return coaches.transitionUntil(registrationNumber);
    }

    /**
     * The deadline of the coach's transition case, as the public register shows it ("in overgangsregeling tot ..."):
     * set where the case fixes or extends its deadline, cleared when the coach qualifies or the registration ends.
     */
    @Transactional
    public void recordTransitionDeadline(String registrationNumber, LocalDate deadline) {
        require(registrationNumber);
        coaches.setTransitionUntil(registrationNumber, deadline);
    }

    /**
     * The coach joins Rookvrije Ouders today ({@code PUT /api/coaches/{nr}/rookvrije-ouders}). Only a coach who holds
     * EXTRA-Zwanger today may take part ({@code 409} otherwise); joining again keeps the first day.
     *
     * @return the current participation
     */
    @Transactional
    public RookvrijeOuders joinRookvrijeOuders(String registrationNumber) {
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        if (!coach.holds(Module.EXTRA_ZWANGER, today)) {
            throw new CaseConflict("Alleen een coach met een geldige aantekening EXTRA-Zwanger kan deelnemen aan"
                    + " Rookvrije Ouders; " + registrationNumber + " heeft die niet");
        }
        Optional<RookvrijeOuders> current = currentRookvrijeOuders(registrationNumber);
        if (current.isPresent()) {
            return current.get();
        }
        coaches.startRookvrijeOuders(registrationNumber, today);
        return new RookvrijeOuders(today, null, null);
    }

    /** The reason recorded when the coach leaves Rookvrije Ouders of their own accord. */
    public static final String LEFT_BY_CHOICE = "Afgemeld door de coach";

    /**
     * The coach no longer takes part in Rookvrije Ouders ({@code DELETE /api/coaches/{nr}/rookvrije-ouders}), recorded
     * with today and {@link #LEFT_BY_CHOICE}. Not taking part: nothing changes.
     *
     * @return the participation that ended, or empty when the coach was not taking part
     */
    @Transactional
    public Optional<RookvrijeOuders> leaveRookvrijeOuders(String registrationNumber) {
        require(registrationNumber);
        return Optional.ofNullable(endRookvrijeOuders(registrationNumber, LocalDate.now(clock), LEFT_BY_CHOICE));
    }

    /** The coach's current Rookvrije Ouders participation, if any. */
    @Transactional(readOnly = true)
    public Optional<RookvrijeOuders> currentRookvrijeOuders(String registrationNumber) {
        return coaches.rookvrijeOudersSince(registrationNumber).map(since -> new RookvrijeOuders(since, null, null));
    }

    /** Every Rookvrije Ouders participation of the coach, ended ones with their day and reason, oldest first. */
    @Transactional(readOnly = true)
    public List<RookvrijeOuders> rookvrijeOudersHistory(String registrationNumber) {
        return coaches.rookvrijeOudersHistory(registrationNumber);
    }

    private RookvrijeOuders endRookvrijeOuders(String registrationNumber, LocalDate day, String reason) {
        Optional<LocalDate> since = coaches.rookvrijeOudersSince(registrationNumber);
        if (since.isEmpty()) {
            return null;
        }
        coaches.endRookvrijeOuders(registrationNumber, day, reason);
        return new RookvrijeOuders(since.get(), day, reason);
    }

    /**
     * Writes the search keys of coaches stored before they existed (migration V4), once, at start-up; a no-op
     * afterwards, since every write stores them.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void writeMissingSearchKeys() {
        List<Coach> missing = coaches.withoutSearchKeys();
        missing.forEach(coaches::writeSearchKeys);
        if (!missing.isEmpty()) {
            LOG.info("Search keys written for {} coaches stored before the public register", missing.size());
        }
    }

    /** Links a coach to the Camunda user who acts for them as supervisor. */
    @Transactional
    public Coach linkUser(String registrationNumber, String userId) {
        Coach coach = require(registrationNumber);
        Coach updated = coach.withUser(userId);
        coaches.update(updated);
        return updated;
    }

    private Coach require(String registrationNumber) {
        return coaches.find(registrationNumber)
                .orElseThrow(() -> new CaseNotFound("Onbekend registratienummer: " + registrationNumber));
    }
}
