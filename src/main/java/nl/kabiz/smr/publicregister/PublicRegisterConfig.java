package nl.kabiz.smr.publicregister;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The rate limit in front of every anonymous public register path (page, assets, API, OpenAPI description). */
@Configuration
class PublicRegisterConfig {

    @Bean
    FilterRegistrationBean<RateLimitFilter> publicRegisterRateLimit(PublicRegisterSettings settings) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(settings.rateLimit()));
        registration.addUrlPatterns("/register", "/register/*", "/api/public/*");
        // before Spring Security: a refused request costs nothing further
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("publicRegisterRateLimit");
        return registration;
    }
}
