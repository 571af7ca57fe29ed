package nl.kabiz.smr.casework.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.document.StoredDocument;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * A case's documents as a JSON process variable for every procedure's review and commission forms
 * ({@code {{#loop documents}}} in a Camunda Form): type, file name, upload time, whether it is new since the previous
 * review round, and a link that opens the document for a logged-in case worker.
 */
@Component
public class FormDocumentList {

    private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final ObjectMapper objectMapper;

    public FormDocumentList(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public TypedValue variable(List<StoredDocument> documents) {
        return variable(documents, null);
    }

    /** The list with {@code isNew} on every document received after {@code since} (a previous review round). */
    public TypedValue variable(List<StoredDocument> documents, java.time.Instant since) {
        List<Map<String, Object>> list = documents.stream().map(d -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", d.id());
            entry.put("type", d.type().name());
            entry.put("typeLabel", d.typeLabel());
            entry.put("fileName", d.fileName());
            entry.put("mediaType", d.mediaType());
            entry.put("sizeKb", Math.max(1, (d.sizeBytes() + 1023) / 1024));
            entry.put("uploadedAt", UPLOADED.format(d.uploadedAt().atZoneSameInstant(RegisterTime.ZONE)));
            entry.put("contentPath", d.contentPath());
            // relative: Tasklist and the API share the origin, whatever host or port the application runs on
            entry.put("url", d.contentPath());
            entry.put("isNew", since != null && d.uploadedAt().toInstant().isAfter(since));
            return entry;
        }).toList();
        try {
            return SpinValues.jsonValue(objectMapper.writeValueAsString(list)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
