package nl.kabiz.smr.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request whose declared body is larger than allowed gets 413 with a Dutch problem before anything reads
 * it: multipart up to {@code spring.servlet.multipart.max-request-size}, other bodies (JSON, CSV) up to
 * {@code smr.api.max-body-size}. Tomcat then reads and discards the rest up to {@code server.tomcat.max-swallow-size},
 * so that the client gets the answer instead of a closed connection.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxMultipart;
    private final long maxBody;

    RequestSizeLimitFilter(long maxMultipart, long maxBody) {
        this.maxMultipart = maxMultipart;
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long max = multipart ? maxMultipart : maxBody;
        long length = request.getContentLengthLong();
        if (length > max) {
            ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                    "De aanvraag is te groot (ten hoogste " + DataSize.ofBytes(max).toMegabytes() + " MB)");
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
                @Value("${spring.servlet.multipart.max-request-size}") DataSize multipart,
                @Value("${smr.api.max-body-size:10MB}") DataSize body) {
            FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                    new RequestSizeLimitFilter(multipart.toBytes(), body.toBytes()));
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
