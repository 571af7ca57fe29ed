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

    /** Adds (or renews) a module valid from today. */
    @Transactional
    public Coach grantModule(String registrationNumber, Module module, String profileVersion) {
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        List<Coach.CoachModule> modules = new ArrayList<>(coach.modules().stream()
                .filter(m -> m.module() != module).toList());
        modules.add(new Coach.CoachModule(module, today, null, profileVersion));
        Coach updated = coach.withModules(modules);
        coaches.update(updated);
        return updated;
    }

    /**
     * Ends the registration today: every module ends, the coach is no longer active. EXTRA modules rest on BASIS,
     * so they end with it.
     */
    @Transactional
    public Coach endRegistration(String registrationNumber) {
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        List<Coach.CoachModule> modules = coach.modules().stream()
                .map(m -> m.validUntil() == null || m.validUntil().isAfter(today)
                        ? new Coach.CoachModule(m.module(), m.validFrom(), today, m.profileVersion()) : m)
                .toList();
        Coach updated = coach.ended(today, modules);
        coaches.update(updated);
        coaches.setTransitionUntil(registrationNumber, null);
        coaches.setRookvrijeOudersSince(registrationNumber, null);
        return updated;
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
     * The coach joins Rookvrije Ouders today (the opt-in procedure of a later issue calls this). Only a coach who
     * holds EXTRA-Zwanger today may take part; joining again keeps the first day.
     */
    @Transactional
    public LocalDate joinRookvrijeOuders(String registrationNumber) {
        Coach coach = require(registrationNumber);
        LocalDate today = LocalDate.now(clock);
        if (!coach.holds(Module.EXTRA_ZWANGER, today)) {
            throw new CaseConflict("Alleen een coach met EXTRA-Zwanger kan deelnemen aan Rookvrije Ouders");
        }
        Optional<LocalDate> since = coaches.rookvrijeOudersSince(registrationNumber);
        if (since.isPresent()) {
            return since.get();
        }
        coaches.setRookvrijeOudersSince(registrationNumber, today);
        return today;
    }

    /** The coach no longer takes part in Rookvrije Ouders (own choice, or EXTRA-Zwanger ended). */
    @Transactional
    public void leaveRookvrijeOuders(String registrationNumber) {
        require(registrationNumber);
        coaches.setRookvrijeOudersSince(registrationNumber, null);
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
