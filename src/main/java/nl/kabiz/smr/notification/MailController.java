package nl.kabiz.smr.notification;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The mail history of a case, for case workers and the commission. */
@RestController
class MailController {

    private final MailService mailService;

    MailController(MailService mailService) {
        this.mailService = mailService;
    }

    @GetMapping("/api/cases/{reference}/mails")
    @PreAuthorize("hasAnyAuthority('GROUP_caseworkers', 'GROUP_commission', 'GROUP_camunda-admin')")
    List<SentMail> mails(@PathVariable String reference) {
        return mailService.sentFor(reference);
    }
}
