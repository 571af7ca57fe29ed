package nl.kabiz.smr.notification;

import java.util.List;
import nl.kabiz.smr.casework.CaseNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The mail history of a case, for case workers and the commission; an unknown case is a 404. */
@RestController
class MailController {

    private final MailService mailService;
    private final KnownCases cases;

    MailController(MailService mailService, KnownCases cases) {
        this.mailService = mailService;
        this.cases = cases;
    }

    @GetMapping("/api/cases/{reference}/mails")
    @PreAuthorize("hasAnyAuthority('GROUP_caseworkers', 'GROUP_commission', 'GROUP_camunda-admin')")
    List<SentMail> mails(@PathVariable String reference) {
        if (!cases.exists(reference)) {
            throw new CaseNotFound("Onbekende zaak " + reference);
        }
        return mailService.sentFor(reference);
    }
}
