package nl.kabiz.smr.document;

import nl.kabiz.smr.casework.CaseNotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a document to the people who judge it: case workers, supervisors, the commission (and admins). Opened
 * inline, so that a link in a Tasklist form shows it in the browser.
 */
@RestController
class DocumentController {

    private final DocumentStore documents;
    private final CaseAssignments assignments;

    DocumentController(DocumentStore documents, CaseAssignments assignments) {
        this.documents = documents;
        this.assignments = assignments;
    }

    @GetMapping("/api/documents/{id}/content")
    @PreAuthorize("hasAnyAuthority('GROUP_caseworkers', 'GROUP_supervisors', 'GROUP_commission', 'GROUP_camunda-admin')")
    ResponseEntity<byte[]> content(@PathVariable String id, Authentication user) {
        StoredDocument document = documents.find(id).orElseThrow(() -> new CaseNotFound("Onbekend document"));
        if (onlySupervisor(user) && !assignments.hasOpenTask(user.getName(), document.caseReference())) {
            // a supervisor sees the documents of the cases they are assessing, nothing else
            throw new AccessDeniedException("Geen open beoordeling voor deze zaak");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Digest", "sha-256=" + document.sha256())
                .body(documents.content(id));
    }

    private static boolean onlySupervisor(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .noneMatch(a -> a.equals("GROUP_caseworkers") || a.equals("GROUP_commission")
                        || a.equals("GROUP_camunda-admin"));
    }
}
