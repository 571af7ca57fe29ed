package nl.kabiz.smr.publicregister;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the public API, served by springdoc at {@code /api/public/openapi} (JSON) and
 * {@code /api/public/openapi.yaml}; {@code springdoc.paths-to-match} keeps every other endpoint out of it.
 */
@Configuration
class PublicApiDescription {

    @Bean
    OpenAPI publicRegisterApi() {
        return new OpenAPI().info(new Info()
                .title("Openbaar register Kwaliteitsregister Stoppen met Roken")
                .version("1")
                .description("Wie is geregistreerd als stoppen-met-rokencoach, met welke modules sinds wanneer, en of"
                        + " de registratie actueel is. Zonder inloggen; beperkt per IP-adres (HTTP 429 met Retry-After)."
                        + " Geen persoonsgegevens buiten naam, registratienummer, plaats en postcodegebied.")
                .license(new License().name("Openbare gegevens van het Kwaliteitsregister SMR")));
    }
}
