package com.atiende.it.browser;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page the browser shows against WCAG 2.1 A and AA with Deque's axe-core, and the page structure
 * every Atiende page promises (a title, one main landmark, an h1, no sideways scrolling on a phone); collects
 * every finding, named by page and width, so that one run reports them all. axe.min.js is injected with
 * WebDriver's executeScript, which runs outside the page's Content-Security-Policy: the nonce-only policy stays
 * as it is in production, and a run that did not happen counts as a finding, never as a pass.
 */
final class AccessibilityAudit {

    /** The screens the pages are checked at: a desk PC and a small phone. */
    enum Width {
        DESKTOP(1280, 900), PHONE(375, 740);

        private final Dimension size;

        Width(int width, int height) {
            this.size = new Dimension(width, height);
        }
    }

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * WCAG 2.1 rules that axe ships switched off as experimental: "label in name" (2.5.3, level A), which Lighthouse
     * runs and which once caught role-play buttons named by the scenario's title alone while they read "Empezar".
     */
    private static final AxeRunOptions EXPERIMENTAL_WCAG_RULES = new AxeRunOptions();

    static {
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        EXPERIMENTAL_WCAG_RULES.setRules(Map.of("label-content-name-mismatch", enabled));
    }

    private static final String STRUCTURE = """
            return {
              title: document.title.trim(),
              mains: document.querySelectorAll('main, [role=main]').length,
              h1s: document.querySelectorAll('h1').length,
              overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              labelsBesideNothing: Array.from(document.querySelectorAll('.ui-datatable-reflow td .ui-column-title'))
                .filter(t => t.offsetParent !== null && t.parentElement.innerText.trim() === t.innerText.trim())
                .map(t => t.innerText.trim()),
              runTogether: Array.from(document.querySelectorAll('.ui-datatable-reflow td .ui-column-title'))
                .filter(t => t.offsetParent !== null)
                .map(t => ({label: t.innerText.trim(), cell: t.parentElement.innerText.trim()}))
                .filter(c => c.cell.length > c.label.length && c.cell.startsWith(c.label)
                  && c.cell.charAt(c.label.length).trim() !== '')
                .map(c => c.cell),
              cutOff: Array.from(document.querySelectorAll('th, td'))
                .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
                .map(c => c.innerText.trim()),
              wide: Array.from(document.body.querySelectorAll('*'))
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
                .slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))
            };""";

    private final WebDriver browser;
    private final List<String> findings = new ArrayList<>();
    private final List<String> toReview = new ArrayList<>();
    private Width current = Width.DESKTOP;
    private int pagesChecked;
    private long axeMillis;

    AccessibilityAudit(WebDriver browser) {
        this.browser = browser;
        browser.manage().window().setSize(current.size);
    }

    /** Checks the page as it is now at each width, and leaves the browser at the first one. */
    void check(String page, Width... widths) {
        for (Width width : widths) {
            resize(width);
            String where = page + " @ " + width.name().toLowerCase() + " (" + browser.getCurrentUrl() + ")";
            checkStructure(where, width);
            checkWcag(where);
            pagesChecked++;
        }
        resize(widths[0]);
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    /** What axe could not decide by itself (its "incomplete" results): for a person to look at, not failures. */
    List<String> toReview() {
        return List.copyOf(toReview);
    }

    /** How many page checks ran, and how long axe took on average: the check is meant to stay cheap. */
    String summary() {
        return pagesChecked + " page checks, axe " + (pagesChecked == 0 ? 0 : axeMillis / pagesChecked) + " ms each on average";
    }

    private void resize(Width width) {
        if (width != current) {
            browser.manage().window().setSize(width.size);
            current = width;
        }
    }

    private void checkStructure(String where, Width width) {
        @SuppressWarnings("unchecked")
        Map<String, Object> structure = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(STRUCTURE);
        if (String.valueOf(structure.get("title")).isEmpty()) {
            findings.add(where + ": the page has no <title>");
        }
        if (((Number) structure.get("mains")).intValue() != 1) {
            findings.add(where + ": " + structure.get("mains") + " main landmarks instead of exactly one");
        }
        if (((Number) structure.get("h1s")).intValue() < 1) {
            findings.add(where + ": the page has no <h1>");
        }
        if (width == Width.PHONE && ((Number) structure.get("overflow")).intValue() > 0) {
            findings.add(where + ": scrolls sideways by " + structure.get("overflow") + "px (WCAG 1.4.10 reflow), past the edge: "
                    + structure.get("wide"));
        }
        // A cell whose words run past its edge is cut off where the next column begins (a heading too).
        if (!((List<?>) structure.get("cutOff")).isEmpty()) {
            findings.add(where + ": table cells cut off: " + structure.get("cutOff"));
        }
        // A table shown as label and value rows on a phone (PrimeFaces' reflow) draws the label of an empty cell too.
        if (width == Width.PHONE && !((List<?>) structure.get("labelsBesideNothing")).isEmpty()) {
            findings.add(where + ": table rows label nothing: " + structure.get("labelsBesideNothing"));
        }
        // ...and its label and value must read as two things, not one word ("DepartamentoAtención al cliente").
        if (width == Width.PHONE && !((List<?>) structure.get("runTogether")).isEmpty()) {
            findings.add(where + ": table rows run label and value together: " + structure.get("runTogether"));
        }
    }

    private void checkWcag(String where) {
        long start = System.nanoTime();
        Results results = axe().analyze(browser);
        axeMillis += (System.nanoTime() - start) / 1_000_000;
        if (results.isErrored() || results.getPasses() == null || results.getPasses().isEmpty()) {
            findings.add(where + ": axe-core did not run: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getIncomplete()) {
            toReview.add(where + ": " + rule.getId() + " " + rule.getNodes().stream().map(CheckedNode::getTarget).toList());
        }
        for (Rule rule : results.getViolations()) {
            findings.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + "\n"
                    + rule.getNodes().stream().map(AccessibilityAudit::describe).collect(Collectors.joining("\n")));
        }
    }

    /**
     * axe for WCAG 2.1 A and AA, run in the page itself. By default the Selenium integration opens an about:blank
     * window for each analysis to merge the results of cross-origin frames there, which took about 1 s a page here
     * against 0.4 s; Atiende's pages have no frames, so the single-context mode (which the library calls legacy and
     * marks deprecated) finds the same.
     */
    @SuppressWarnings("deprecation")
    private static AxeBuilder axe() {
        return new AxeBuilder().withOptions(EXPERIMENTAL_WCAG_RULES).withTags(WCAG_21_AA).setLegacyMode(true);
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
        return "    " + node.getTarget() + " " + abbreviate(node.getHtml(), 160) + "\n      " + abbreviate(summary, 300);
    }

    private static String abbreviate(String text, int length) {
        return text == null || text.length() <= length ? String.valueOf(text) : text.substring(0, length) + "…";
    }
}
