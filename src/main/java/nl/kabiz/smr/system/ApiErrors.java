package nl.kabiz.smr.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.UnacceptableDocument;
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
import org.springframework.web.multipart.MultipartException;
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

    /** Bad input named by the domain: 400 with each field and reason (413/415 for a refused file). */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        List<FieldError> errors = e.reasons().entrySet().stream()
                .map(r -> new FieldError(r.getKey(), r.getValue())).toList();
        if (e instanceof UnacceptableDocument document) {
            return apiException(document.tooLarge()
                    ? new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "Het bestand is te groot", errors)
                    : new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                            "Dit bestandstype wordt niet geaccepteerd", errors));
        }
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "De aanvraag bevat ongeldige gegevens", errors));
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return apiException(new ApiException(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), List.of()));
    }

    @ExceptionHandler(CaseConflict.class)
    ProblemDetail conflict(CaseConflict e) {
        return apiException(new ApiException(HttpStatus.CONFLICT, "conflict", e.getMessage(), List.of()));
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
        String reason = "onleesbare of ongeldige waarde";
        StreamReadException duplicate = null;
        for (Throwable t = e.getCause(); t != null && duplicate == null; t = t.getCause()) {
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")) {
                duplicate = read;
            }
        }
        if (duplicate != null) {
            field = duplicatePath(duplicate);
            reason = "komt meer dan één keer voor";
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                reason = expected(mismatch.getTargetType());
            }
        }
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "De aanvraag kon niet worden gelezen", List.of(new FieldError(field, reason))));
    }

    /** Malformed multipart (no boundary, cut off, too many parts): the form could not be read. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        boolean tooManyParts = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            tooManyParts |= t.getClass().getSimpleName().contains("FileCountLimit")
                    || String.valueOf(t.getMessage()).contains("maxPartCount");
        }
        return apiException(new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                "Het formulier kon niet worden gelezen", List.of(new FieldError("body", tooManyParts
                        ? "bevat te veel delen" : "is geen geldig multipart-formulier (afgebroken of zonder grens)"))));
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "moet tekst zijn";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "moet een geheel getal zijn";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "moet true of false zijn";
        }
        if (type == java.time.LocalDate.class) {
            return "moet een datum zijn (JJJJ-MM-DD)";
        }
        return "onleesbare of ongeldige waarde";
    }

    private static String duplicatePath(StreamReadException read) {
        JsonParser parser = read.getProcessor();
        if (parser != null) {
            java.util.LinkedList<String> names = new java.util.LinkedList<>();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    names.addFirst(c.getCurrentName());
                } else if (c.inArray()) {
                    names.addFirst("[" + c.getCurrentIndex() + "]");
                }
            }
            if (!names.isEmpty()) {
                return String.join(".", names).replace(".[", "[");
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Duplicate field '([^']*)'")
                .matcher(read.getOriginalMessage());
        return m.find() ? m.group(1) : "body";
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
