package nl.kabiz.smr.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Problem documents written by filters, outside Spring MVC (same shape as {@link ApiErrors}' answers). */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        write(response, status, code, detail, null);
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail,
            Duration retryAfter) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:smr:problem:" + code);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** The Dutch answer to a throttled login. */
    static void throttled(HttpServletResponse response, Duration retryAfter) throws IOException {
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
                "Te veel mislukte aanmeldpogingen. Probeer het over " + minutes(retryAfter) + " opnieuw.", retryAfter);
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minuut" : minutes + " minuten";
    }
}
