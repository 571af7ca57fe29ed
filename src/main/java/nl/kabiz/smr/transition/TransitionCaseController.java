package nl.kabiz.smr.transition;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import nl.kabiz.smr.casework.CaseNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The transition arrangement's API: bulk start (administrators), case status, evidence and extension (portal). */
@RestController
@RequestMapping("/api/transition-cases")
class TransitionCaseController {

    private final TransitionBulkStarts bulkStarts;
    private final TransitionCaseService cases;

    TransitionCaseController(TransitionBulkStarts bulkStarts, TransitionCaseService cases) {
        this.bulkStarts = bulkStarts;
        this.cases = cases;
    }

    /** Opens a case for every coach who needs one, in background batches; 202 with the run and its counts. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    BulkStartView bulkStart(Principal principal) {
        return BulkStartView.of(bulkStarts.request(principal.getName()));
    }

    @GetMapping("/bulk-starts/{id}")
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    BulkStartView bulkStartStatus(@PathVariable long id) {
        return BulkStartView.of(bulkStarts.status(id)
                .orElseThrow(() -> new CaseNotFound("Onbekende bulkstart " + id)));
    }

    @GetMapping("/{ref}")
    @PreAuthorize("hasAnyAuthority('GROUP_portal','GROUP_caseworkers','GROUP_commission','GROUP_camunda-admin')")
    TransitionCaseView view(@PathVariable String ref) {
        return cases.view(ref);
    }

    @PostMapping(path = "/{ref}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('GROUP_portal')")
    TransitionCaseView evidence(@PathVariable String ref,
            @RequestParam(name = "certificates", required = false) List<MultipartFile> certificates,
            @RequestParam(name = "otherDocuments", required = false) List<MultipartFile> otherDocuments,
            @RequestParam(name = "supervisorRegistrationNumber", required = false) String supervisorRegistrationNumber,
            @RequestParam(name = "epaSummary", required = false) String epaSummary, Principal principal)
            throws IOException {
        return cases.submitEvidence(ref, certificates, otherDocuments, supervisorRegistrationNumber, epaSummary,
                principal.getName());
    }

    @PostMapping(path = "/{ref}/extension-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('GROUP_portal')")
    TransitionCaseView extensionRequest(@PathVariable String ref, @RequestBody ExtensionRequest request) {
        return cases.requestExtension(ref, request == null ? null : request.reason());
    }

    record ExtensionRequest(String reason) {
    }

    /** A bulk start as the API shows it. */
    record BulkStartView(long id, String status, String requestedBy, java.time.OffsetDateTime requestedAt,
            int toStart, int started, int remaining, int skipped, int skippedExisting, int skippedNotApplicable,
            int skippedLater, java.time.OffsetDateTime finishedAt, String statusPath) {

        static BulkStartView of(BulkStart b) {
            return new BulkStartView(b.id(), b.status().name(), b.requestedBy(), b.requestedAt(), b.toStart(),
                    b.started(), b.remaining(), b.skipped(), b.skippedExisting(), b.skippedNotApplicable(),
                    b.skippedLater(), b.finishedAt(), "/api/transition-cases/bulk-starts/" + b.id());
        }
    }
}
