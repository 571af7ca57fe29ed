package nl.kabiz.smr.extramodule;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The portal's API for applications for an EXTRA module (issue 10). */
@RestController
@RequestMapping("/api/extra-modules")
class ExtraModuleController {

    private final ExtraModuleService applications;

    ExtraModuleController(ExtraModuleService applications) {
        this.applications = applications;
    }

    /** Multipart, like transition evidence: the fields and one or more {@code certificates}. 201 with the reference. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('GROUP_portal')")
    ResponseEntity<Map<String, Object>> apply(
            @RequestParam(name = "registrationNumber", required = false) String registrationNumber,
            @RequestParam(name = "module", required = false) String module,
            @RequestParam(name = "certificates", required = false) List<MultipartFile> certificates,
            @RequestParam(name = "supervisorRegistrationNumber", required = false) String supervisorRegistrationNumber,
            @RequestParam(name = "epaSummary", required = false) String epaSummary, Principal principal) {
        List<ExtraModuleService.Upload> uploads = new ArrayList<>();
        if (certificates != null) {
            for (MultipartFile file : certificates) {
                try {
                    uploads.add(new ExtraModuleService.Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new RuleViolation("certificates", "kon niet worden gelezen");
                }
            }
        }
        ExtraModuleApplication application = applications.submit(registrationNumber, module, uploads,
                supervisorRegistrationNumber, epaSummary, principal.getName());
        return ResponseEntity.created(URI.create("/api/extra-modules/" + application.reference()))
                .body(Map.of("reference", application.reference(), "status", application.status().name(),
                        "statusLabel", application.status().label(), "module", application.module().name()));
    }

    @GetMapping("/{reference}")
    @PreAuthorize("hasAnyAuthority('GROUP_portal', 'GROUP_caseworkers', 'GROUP_commission', 'GROUP_camunda-admin')")
    ExtraModuleView get(@PathVariable String reference) {
        return applications.view(reference);
    }
}
