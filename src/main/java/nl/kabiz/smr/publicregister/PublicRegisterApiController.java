package nl.kabiz.smr.publicregister;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public register as JSON, without login; limited per client address (429 with Retry-After beyond it). */
@RestController
@RequestMapping(path = "/api/public/coaches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Openbaar register", description = "Wie is geregistreerd als coach in het Kwaliteitsregister Stoppen met Roken")
class PublicRegisterApiController {

    private final PublicRegister register;

    PublicRegisterApiController(PublicRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Coaches zoeken", description = "Filters combineren met EN; zonder filter: het hele register."
            + " Gesorteerd op naam, per pagina.")
    @ApiResponse(responseCode = "200", description = "een pagina met coaches")
    @ApiResponse(responseCode = "400", description = "ongeldige parameter; errors noemt elke parameter met de reden",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "te veel verzoeken vanaf dit adres; zie Retry-After (seconden)")
    CoachPage search(
            @Parameter(description = "(deel van) de naam: elk woord is het begin van een woord in de naam")
            @RequestParam(required = false) String name,
            @Parameter(description = "registratienummer", example = "SMR-000123")
            @RequestParam(required = false) String registrationNumber,
            @Parameter(description = "plaats (hele plaatsnaam; hoofdletters en accenten tellen niet)")
            @RequestParam(required = false) String city,
            @Parameter(description = "postcodegebied: de 4 cijfers van een postcode", example = "3511")
            @RequestParam(required = false) String postalCode,
            @Parameter(description = "wat de roker nodig heeft: BASIS (stoppen met roken, niveau 3), EXTRA_ZWANGER"
                    + " (zwanger of kinderwens, 3a), EXTRA_PSYCHIATRIE (psychische klachten of verslaving, 3b),"
                    + " ROOKVRIJE_OUDERS", schema = @Schema(implementation = Need.class))
            @RequestParam(required = false) String need,
            @Parameter(description = "pagina, vanaf 1", example = "1") @RequestParam(required = false) String page,
            @Parameter(description = "aantal per pagina (maximum: smr.public-register.max-page-size)", example = "20")
            @RequestParam(required = false) String size) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("name", name);
        parameters.put("registrationNumber", registrationNumber);
        parameters.put("city", city);
        parameters.put("postalCode", postalCode);
        parameters.put("need", need);
        parameters.put("page", page);
        parameters.put("size", size);
        return register.find(register.search(parameters));
    }

    @GetMapping("/{registrationNumber}")
    @Operation(summary = "Eén coach op registratienummer")
    @ApiResponse(responseCode = "200", description = "de coach")
    @ApiResponse(responseCode = "400", description = "geen registratienummer")
    @ApiResponse(responseCode = "404", description = "niet (of niet meer) in het openbare register")
    @ApiResponse(responseCode = "429", description = "te veel verzoeken vanaf dit adres; zie Retry-After (seconden)")
    PublicCoach coach(@Parameter(example = "SMR-000123") @PathVariable String registrationNumber) {
        return register.coach(registrationNumber);
    }
}
