package nl.kabiz.smr.publicregister;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /register}: the Dutch search page of the public register, rendered on the server (works without
 * JavaScript, on a phone, with a keyboard and a screen reader). Bad parameters: the page again with HTTP 400 and
 * the reasons next to the fields.
 */
@Controller
class PublicRegisterPageController {

    /** Dutch names of the parameters, for the error summary. */
    static final Map<String, String> FIELD_LABELS = Map.of("name", "Naam", "registrationNumber", "Registratienummer",
            "city", "Plaats", "postalCode", "Postcodegebied", "need", "Wat zoekt u?", "page", "Pagina", "size",
            "Aantal per pagina");

    private final PublicRegister register;

    PublicRegisterPageController(PublicRegister register) {
        this.register = register;
    }

    @GetMapping("/register")
    String page(@RequestParam Map<String, String> parameters, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String key : CoachSearch.PARAMETERS) {
            String value = parameters.get(key);
            form.put(key, value == null ? "" : value.length() > CoachSearch.MAX_TEXT
                    ? value.substring(0, CoachSearch.MAX_TEXT) : value);
        }
        model.addAttribute("form", form);
        model.addAttribute("needs", Need.values());
        model.addAttribute("fieldLabels", FIELD_LABELS);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            CoachSearch search = register.search(parameters);
            if (search.hasFilter()) {
                CoachPage result = register.find(search);
                model.addAttribute("result", result);
                model.addAttribute("previousUrl", result.page() > 1 ? pageUrl(request, result.page() - 1) : null);
                model.addAttribute("nextUrl", result.page() < result.totalPages() ? pageUrl(request, result.page() + 1) : null);
                model.addAttribute("need", search.need());
            }
        } catch (RuleViolation e) {
            errors.putAll(e.reasons());
            response.setStatus(400);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", List.copyOf(errors.keySet()));
        return "public-register/search";
    }

    /** The same search, another page (a relative link: right behind any proxy). */
    private static String pageUrl(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getContextPath() + "/register").query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }
}
