package nl.kabiz.smr.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error the API answers with a problem document. Domain code throws the factory methods' results;
 * the message is Dutch and meant for the person using the portal.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<ApiErrors.FieldError> fieldErrors;

    ApiException(HttpStatus status, String code, String message, List<ApiErrors.FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", message, List.of());
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", message, List.of());
    }

    /** Bad input in one field. */
    public static ApiException invalid(String field, String reason) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-input", "De aanvraag bevat ongeldige gegevens",
                List.of(new ApiErrors.FieldError(field, reason)));
    }

    /** Bad input in several fields: {@code errors} maps field to reason, in order. */
    public static ApiException invalid(java.util.Map<String, String> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-input", "De aanvraag bevat ongeldige gegevens",
                errors.entrySet().stream().map(e -> new ApiErrors.FieldError(e.getKey(), e.getValue())).toList());
    }

    public static ApiException unsupportedMediaType(String field, String reason) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Dit bestandstype wordt niet geaccepteerd", List.of(new ApiErrors.FieldError(field, reason)));
    }

    public static ApiException tooLarge(String field, String reason) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "Het bestand is te groot",
                List.of(new ApiErrors.FieldError(field, reason)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ApiErrors.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
