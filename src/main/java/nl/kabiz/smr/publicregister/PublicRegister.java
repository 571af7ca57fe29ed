package nl.kabiz.smr.publicregister;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.coach.Module;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public register: who is a registered coach, with which modules since when, and whether the registration is
 * current. Shared by the page ({@code GET /register}) and the API ({@code GET /api/public/coaches}).
 */
@Service
class PublicRegister {

    private final PublicRegisterRepository repository;
    private final PublicRegisterSettings settings;
    private final StatusPolicy statusPolicy;
    private final Clock clock;

    PublicRegister(PublicRegisterRepository repository, PublicRegisterSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.statusPolicy = new StatusPolicy(settings.endedVisibleFor());
        this.clock = clock;
    }

    /** Checks the parameters (400 when bad) into a search. */
    CoachSearch search(Map<String, String> parameters) {
        return CoachSearch.of(parameters, settings.defaultPageSize(), settings.maxPageSize());
    }

    @Transactional(readOnly = true)
    CoachPage find(CoachSearch search) {
        LocalDate today = LocalDate.now(clock);
        PublicRegisterRepository.Found found = repository.search(search, today, statusPolicy.endedVisibleSince(today));
        List<PublicCoach> coaches = present(found.rows(), today);
        int totalPages = (int) ((found.total() + search.size() - 1) / search.size());
        return new CoachPage(search.page(), search.size(), found.total(), totalPages, coaches);
    }

    /** One coach by registration number; 400 when it is no registration number, 404 when not in the register. */
    @Transactional(readOnly = true)
    PublicCoach coach(String registrationNumber) {
        String number = search(Map.of("registrationNumber", registrationNumber == null ? "" : registrationNumber))
                .registrationNumber();
        if (number == null) {
            throw new RuleViolation("registrationNumber", "is geen registratienummer (SMR-123456)");
        }
        LocalDate today = LocalDate.now(clock);
        return repository.find(number).map(row -> present(List.of(row), today)).filter(l -> !l.isEmpty())
                .map(l -> l.get(0))
                .orElseThrow(() -> new CaseNotFound("Geen coach met registratienummer " + number
                        + " in het openbare register"));
    }

    private List<PublicCoach> present(List<PublicRegisterRepository.Row> rows, LocalDate today) {
        var modules = repository.modules(rows.stream().map(PublicRegisterRepository.Row::registrationNumber).toList());
        List<PublicCoach> coaches = new ArrayList<>();
        for (PublicRegisterRepository.Row row : rows) {
            Optional<PublicStatus> status = statusPolicy.status(row.active(), row.endedOn(), row.transitionUntil(),
                    today);
            if (status.isEmpty()) {
                continue;
            }
            // an ended registration shows the modules held on its last day
            LocalDate on = row.active() ? today : row.endedOn();
            List<PublicCoach.PublicModule> held = modules.getOrDefault(row.registrationNumber(), List.of()).stream()
                    .filter(m -> !m.validFrom().isAfter(on) && (m.validUntil() == null || !m.validUntil().isBefore(on)))
                    .map(m -> new PublicCoach.PublicModule(m.module(), label(m.module()), m.validFrom()))
                    .toList();
            LocalDate rookvrijeOuders = row.active() && row.rookvrijeOudersSince() != null
                    && !row.rookvrijeOudersSince().isAfter(today) ? row.rookvrijeOudersSince() : null;
            coaches.add(new PublicCoach(row.registrationNumber(), row.name(), row.city(), row.postalArea(), held,
                    rookvrijeOuders, status.get()));
        }
        return coaches;
    }

    /** The module's Dutch name; a code stored by a procedure newer than this code shows as it is. */
    private static String label(String code) {
        return Arrays.stream(Module.values()).filter(m -> m.name().equals(code)).findFirst().map(Module::label)
                .orElse(code);
    }
}
