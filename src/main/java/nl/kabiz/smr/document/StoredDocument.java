package nl.kabiz.smr.document;

import java.time.OffsetDateTime;

/** A document's metadata (the content is loaded separately). */
public record StoredDocument(String id, String caseReference, DocumentType type, String typeLabel, String fileName,
        String mediaType, long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

    /** The API path that serves the content. */
    public String contentPath() {
        return "/api/documents/" + id + "/content";
    }
}
