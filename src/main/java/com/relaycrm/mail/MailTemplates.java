package com.relaycrm.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Email wording read from a templates folder each business area configures (e.g.
 * {@code relay.expense.mail.templates-location}), so that an operator can change it without a release.
 * Placeholders are {@code {{name}}}; in HTML templates the values are escaped.
 */
@Component
public class MailTemplates {

    private final ResourceLoader resources;

    MailTemplates(ResourceLoader resources) {
        this.resources = resources;
    }

    public String render(String location, String name, Map<String, String> values) {
        Resource resource = resources.getResource((location.endsWith("/") ? location : location + "/") + name);
        String template;
        try (InputStream in = resource.getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Mail template " + name + " cannot be read at " + location, e);
        }
        boolean html = name.endsWith(".html");
        for (Map.Entry<String, String> value : values.entrySet()) {
            String text = value.getValue() == null ? "" : value.getValue();
            template = template.replace("{{" + value.getKey() + "}}", html ? HtmlUtils.htmlEscape(text) : text);
        }
        return template;
    }
}
