package nl.kabiz.smr.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.UnacceptableDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of every procedure: PDF, PNG or JPEG (checked by content), at most {@code smr.documents.max-size},
 * stored in the database with a SHA-256 checksum. The original file name is kept as a label only.
 */
@Service
public class DocumentStore {

    private static final String COLUMNS = "id, case_reference, document_type, file_name, media_type, size_bytes, sha256,"
            + " uploaded_by, uploaded_at";

    private final JdbcTemplate jdbc;
    private final DocumentSettings settings;
    private final Clock clock;

    DocumentStore(JdbcTemplate jdbc, DocumentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks and stores a document for a case; throws {@link nl.kabiz.smr.casework.RuleViolation} (field {@code file} or {@code type})
     * for an empty, oversized or unaccepted file.
     */
    @Transactional
    public StoredDocument store(String caseReference, DocumentType type, String originalFileName, byte[] content,
            String uploadedBy) {
        if (type == null) {
            throw new RuleViolation("type", "is verplicht (een van: " + java.util.Arrays.toString(DocumentType.values()) + ")");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "is leeg");
        }
        if (content.length > settings.maxSize().toBytes()) {
            throw UnacceptableDocument.tooLarge("file", "is groter dan " + settings.maxSize().toMegabytes() + " MB");
        }
        String mediaType = MediaTypeSniffer.sniff(content).orElseThrow(() -> UnacceptableDocument.wrongType(
                "file", "alleen PDF, PNG of JPEG wordt geaccepteerd"));
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String fileName = cleanName(originalFileName, mediaType);
        String sha256 = sha256(content);
        jdbc.update("INSERT INTO document (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, caseReference, type.name(), fileName, mediaType, (long) content.length, sha256, uploadedBy,
                Timestamp.from(now.toInstant()), content);
        return new StoredDocument(id, caseReference, type, type.label(), fileName, mediaType, content.length, sha256,
                uploadedBy, now);
    }

    @Transactional(readOnly = true)
    public List<StoredDocument> forCase(String caseReference) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE case_reference = ? ORDER BY uploaded_at, id",
                DocumentStore::row,
                caseReference);
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE id = ?",
                DocumentStore::row,
                id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public byte[] content(String id) {
        List<byte[]> content = jdbc.query("SELECT content FROM document WHERE id = ?", (rs, i) -> rs.getBytes(1), id);
        if (content.isEmpty()) {
            throw new CaseNotFound("Onbekend document");
        }
        return content.get(0);
    }

    private static StoredDocument row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        DocumentType type = DocumentType.valueOf(rs.getString(3));
        return new StoredDocument(rs.getString(1), rs.getString(2), type, type.label(), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String cleanName(String name, String mediaType) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        if (base.isBlank()) {
            base = "document." + mediaType.substring(mediaType.indexOf('/') + 1);
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
