package nl.kabiz.smr.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error the API answers with a problem document, made by {@link ApiErrors} from the domain's exceptions
 * ({@code casework.RuleViolation}, {@code CaseNotFound}, {@code CaseConflict}) and from Spring's own; the message is
 * Dutch and meant for the person using the portal.
 */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<ApiErrors.FieldError> fieldErrors;

    ApiException(HttpStatus status, String code, String message, List<ApiErrors.FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
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
