package nl.kabiz.smr.registration;

import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.document.StoredDocument;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The portal's (and case workers') API for applications for registration of a new coach. */
@RestController
@RequestMapping("/api/registrations")
class RegistrationController {

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('GROUP_portal', 'GROUP_caseworkers')")
    ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody RegistrationRequest request, Authentication user) {
        RegistrationApplication application = registrations.submit(request, user.getName());
        return ResponseEntity.created(URI.create("/api/registrations/" + application.reference()))
                .body(Map.<String, Object>of("reference", application.reference(),
                        "status", application.status().name(),
                        "statusLabel", application.status().label(),
                        "decisionDueDate", application.handlingPeriod().dueDate()));
    }

    @PostMapping(path = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('GROUP_portal', 'GROUP_caseworkers')")
    ResponseEntity<RegistrationView.Document> upload(@PathVariable String reference,
            @RequestPart("file") MultipartFile file, @RequestParam(name = "type", required = false) String type,
            Authentication user) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new RuleViolation("file", "kon niet worden gelezen");
        }
        StoredDocument stored = registrations.addDocument(reference, type, file.getOriginalFilename(), content,
                user.getName());
        return ResponseEntity.created(URI.create(stored.contentPath())).body(RegistrationView.Document.of(stored));
    }

    @GetMapping("/{reference}")
    @PreAuthorize("hasAnyAuthority('GROUP_portal', 'GROUP_caseworkers', 'GROUP_commission', 'GROUP_camunda-admin')")
    RegistrationView get(@PathVariable String reference) {
        return RegistrationView.of(registrations.get(reference), registrations.documents(reference));
    }
}
