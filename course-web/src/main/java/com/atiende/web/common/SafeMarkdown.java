package com.atiende.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders authored Markdown (lessons, and anything else trainers write) to HTML that is safe to show: raw HTML in
 * the source is escaped by the Markdown renderer, and the result still passes the OWASP sanitizer, which keeps
 * only formatting, lists, headings, quotes, code and http(s)/mailto links. Two independent layers, because
 * authored content will one day come from an import nobody reviewed.
 */
@Named
@ApplicationScoped
public class SafeMarkdown {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "pre", "code", "ol", "ul", "li", "dl", "dt", "dd")
                    .toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
