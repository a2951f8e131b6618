package com.atiende.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Published content never changes, so each text is rendered once; the bound keeps memory flat. */
    private static final int CACHED_TEXTS = 2_000;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = rendered.get(markdown);
        if (html == null) {
            html = POLICY.sanitize(renderer.render(parser.parse(markdown)));
            if (rendered.size() >= CACHED_TEXTS) {
                rendered.clear();
            }
            rendered.put(markdown, html);
        }
        return html;
    }
}
