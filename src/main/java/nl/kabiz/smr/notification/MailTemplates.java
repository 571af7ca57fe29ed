package nl.kabiz.smr.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kabiz.smr.casework.RegisterTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its two templates, {@code templates/mail/<name>.html} (subject in its
 * {@code <title>}, body inside the shared layout) and {@code templates/mail/<name>.txt}.
 */
@Component
class MailTemplates {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Locale DUTCH = RegisterTime.DUTCH;
    private static final MailDates DATES = new MailDates();

    private final TemplateEngine html;
    private final TemplateEngine text;
    private final String baseUrl;
    private final String caseUrlTemplate;

    MailTemplates(@Value("${smr.base-url}") String baseUrl,
            @Value("${smr.portal.case-url}") String caseUrlTemplate) {
        this.html = engine(TemplateMode.HTML, ".html");
        this.text = engine(TemplateMode.TEXT, ".txt");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!caseUrlTemplate.contains("{reference}")) {
            throw new IllegalArgumentException("smr.portal.case-url must contain {reference}: " + caseUrlTemplate);
        }
        this.caseUrlTemplate = caseUrlTemplate;
    }

    RenderedMail render(MailRequest request) {
        Map<String, Object> variables = new HashMap<>(request.model());
        variables.put("caseReference", request.caseReference());
        variables.put("recipientName", request.recipientName() == null ? "" : request.recipientName());
        variables.put("baseUrl", baseUrl);
        // dates as a person reads them: long Dutch dates in the register's zone, never the JVM's
        variables.put("dates", DATES);
        // the coach follows the case in the KABIZ portal; staff get the task in Tasklist
        variables.put("caseUrl", caseUrlTemplate.replace("{reference}", request.caseReference()));
        variables.put("taskUrl", taskUrl(request.caseReference()));
        variables.putIfAbsent("forStaff", false);
        Context context = new Context(DUTCH, variables);
        String htmlBody = html.process(request.template(), context);
        String textBody = text.process(request.template(), context);
        Matcher title = TITLE.matcher(htmlBody);
        if (!title.find() || title.group(1).isBlank()) {
            throw new IllegalStateException("Mail template " + request.template() + " has no <title> (the subject)");
        }
        String subject = org.springframework.web.util.HtmlUtils.htmlUnescape(title.group(1).strip().replaceAll("\\s+", " "));
        return new RenderedMail(subject, htmlBody, textBody);
    }

    /** Tasklist, searching the open tasks of the case (the link in staff mail; Tasklist asks for a login first). */
    String taskUrl(String caseReference) {
        String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\""
                + caseReference + "\",\"name\":\"\"}]";
        return baseUrl + "/camunda/app/tasklist/default/#/?searchQuery="
                + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    record RenderedMail(String subject, String html, String text) {
    }
}
