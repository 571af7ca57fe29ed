package nl.kabiz.smr.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.process.RuleViolationsInTasks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Judges a task form submission against the {@link TaskFormCheck}s of its form before the engine sees it, for
 * Tasklist ({@code /camunda/api/engine/engine/{engine}/task/{id}/submit-form}) and the engine REST API
 * ({@code /engine-rest/task/{id}/submit-form} or {@code /complete}). A broken rule answers 400 with the Dutch
 * message, which Tasklist shows on the form; the task stays open, nothing is written, and the engine logs no error.
 * A {@link RuleViolation} that a delegate raises while the task completes ({@link RuleViolationsInTasks}) gets the
 * same answer instead of the engine's 500: one way for every rule to reach Tasklist.
 */
@Configuration(proxyBeanMethods = false)
class TaskFormGuard {

    private static final Pattern TASK_SUBMISSION = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete)$");
    /** A form submission is a few kB; anything larger is left to the engine's own limits. */
    private static final int MAX_BODY = 2 * 1024 * 1024;

    @Bean
    FilterRegistrationBean<Filter> taskFormGuardFilter(ObjectProvider<TaskService> taskService,
            ObjectProvider<TaskFormCheck> checks, ObjectMapper objectMapper) {
        // the engine and the checks are looked up on first use: creating them here, while the servlet filters are
        // set up, would start the engine before Flyway has made the application's tables
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(taskService, checks, objectMapper));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // after Spring Security (-100), before the engine REST and the webapps' resources
        registration.setOrder(0);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ObjectProvider<TaskService> taskServiceProvider;
        private final ObjectProvider<TaskFormCheck> checks;
        private final ObjectMapper objectMapper;
        private volatile Map<String, List<TaskFormCheck>> checksByForm;

        Filter(ObjectProvider<TaskService> taskService, ObjectProvider<TaskFormCheck> checks,
                ObjectMapper objectMapper) {
            this.taskServiceProvider = taskService;
            this.checks = checks;
            this.objectMapper = objectMapper;
        }

        private Map<String, List<TaskFormCheck>> checksByForm() {
            if (checksByForm == null) {
                Map<String, List<TaskFormCheck>> byForm = new HashMap<>();
                checks.orderedStream().forEach(check ->
                        byForm.computeIfAbsent(check.formId(), id -> new java.util.ArrayList<>()).add(check));
                checksByForm = byForm;
            }
            return checksByForm;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod())
                    || !TASK_SUBMISSION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Matcher matcher = TASK_SUBMISSION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            matcher.matches();
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            CachedBodyRequest cached = new CachedBodyRequest(request, body, request.getInputStream());
            List<TaskFormCheck> checks = body.length > MAX_BODY ? List.of() : checksFor(matcher.group(1));
            if (!checks.isEmpty()) {
                try {
                    Map<String, Object> values = values(matcher.group(1), body);
                    for (TaskFormCheck check : checks) {
                        check.check(values);
                    }
                } catch (RuleViolation violation) {
                    refuse(response, violation);
                    return;
                }
            }
            // a rule the domain checks while the task completes (in a delegate) is a Dutch 400 as well
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            RuleViolationsInTasks.clear();
            try {
                chain.doFilter(cached, buffered);
            } finally {
                RuleViolation raised = RuleViolationsInTasks.take();
                if (raised != null && buffered.getStatus() >= 500) {
                    buffered.resetBuffer();
                    refuse(buffered, raised);
                }
                buffered.copyBodyToResponse();
            }
        }

        private List<TaskFormCheck> checksFor(String taskId) {
            Task task = taskServiceProvider.getObject().createTaskQuery().taskId(taskId).initializeFormKeys()
                    .singleResult();
            CamundaFormRef formRef = task == null ? null : task.getCamundaFormRef();
            return formRef == null ? List.of() : checksByForm().getOrDefault(formRef.getKey(), List.of());
        }

        /** The task's variables, with the submitted ones over them. */
        private Map<String, Object> values(String taskId, byte[] body) throws IOException {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> variable : taskServiceProvider.getObject().getVariables(taskId).entrySet()) {
                Object value = variable.getValue();
                values.put(variable.getKey(), value instanceof SpinJsonNode json
                        ? objectMapper.readValue(json.toString(), Object.class) : value);
            }
            JsonNode submitted = body.length == 0 ? null : readTree(body);
            JsonNode variables = submitted == null ? null : submitted.get("variables");
            if (variables != null && variables.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> variable = it.next();
                    values.put(variable.getKey(), value(variable.getValue()));
                }
            }
            return values;
        }

        private JsonNode readTree(byte[] body) {
            try {
                return objectMapper.readTree(body);
            } catch (IOException e) {
                return null; // not JSON: the engine REST answers that itself
            }
        }

        /** {"value": ..., "type": "Json"} carries JSON as a string; other values are plain JSON values. */
        private Object value(JsonNode variable) throws IOException {
            JsonNode value = variable.get("value");
            if (value == null || value.isNull()) {
                return null;
            }
            JsonNode type = variable.get("type");
            if (type != null && "json".equalsIgnoreCase(type.asText()) && value.isTextual()) {
                return objectMapper.readValue(value.asText(), Object.class);
            }
            return objectMapper.treeToValue(value, Object.class);
        }

        private void refuse(HttpServletResponse response, RuleViolation violation) throws IOException {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("type", "RuleViolation");
            answer.put("message", violation.getMessage());
            answer.put("field", violation.field());
            objectMapper.writeValue(response.getOutputStream(), answer);
        }
    }

    /** The request with its body read once and replayed to the engine REST API. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final InputStream in;

        /** The bytes read so far, then whatever the client still sends. */
        CachedBodyRequest(HttpServletRequest request, byte[] read, InputStream rest) {
            super(request);
            this.in = new SequenceInputStream(new ByteArrayInputStream(read), rest);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
