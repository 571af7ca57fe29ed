package nl.kabiz.smr.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its two templates, {@code templates/mail/<name>.html} (subject in its
 * {@code <title>}, body inside the shared layout) and {@code templates/mail/<name>.txt}.
 */
@Component
class MailTemplates {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final TemplateEngine html;
    private final TemplateEngine text;
    private final String baseUrl;

    MailTemplates(@org.springframework.beans.factory.annotation.Value("${smr.base-url}") String baseUrl) {
        this.html = engine(TemplateMode.HTML, ".html");
        this.text = engine(TemplateMode.TEXT, ".txt");
        this.baseUrl = baseUrl;
    }

    RenderedMail render(MailRequest request) {
        Map<String, Object> variables = new HashMap<>(request.model());
        variables.put("caseReference", request.caseReference());
        variables.put("recipientName", request.recipientName() == null ? "" : request.recipientName());
        variables.put("baseUrl", baseUrl);
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
