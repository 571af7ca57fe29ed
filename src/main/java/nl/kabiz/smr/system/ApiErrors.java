package nl.kabiz.smr.system;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every API error is an RFC 9457 problem with, for bad input, an {@code errors} list naming each field and
 * the reason (Dutch, since the portal shows it to the coach).
 */
@RestControllerAdvice(basePackages = "nl.kabiz.smr")
public class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ProblemDetail apiException(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("urn:smr:problem:" + e.code()));
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors().stream().map(FieldError::asMap).toList());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "De aanvraag bevat ongeldige gegevens", errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "De aanvraag bevat ongeldige gegevens", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        }
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "De aanvraag kon niet worden gelezen",
                List.of(new FieldError(field, "onleesbare of ongeldige waarde"))));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ProblemDetail missingPart(Exception e) {
        String name = e instanceof MissingServletRequestPartException p ? p.getRequestPartName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "De aanvraag is onvolledig", List.of(new FieldError(name, "is verplicht"))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return apiException(new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                "Het bestand is te groot", List.of(new FieldError("file", "is te groot"))));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Geen toegang voor uw rol");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** One bad field and why. */
    public record FieldError(String field, String reason) {
        Map<String, String> asMap() {
            return Map.of("field", field, "reason", reason);
        }
    }
}
