package com.atiende.it.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks that the page the browser shows was sent as valid HTML, with the W3C/WHATWG Nu HTML Checker (the checker
 * behind validator.w3.org/nu) running in this JVM on the copies of the HTML schemas it carries in its jar: it never
 * goes to the network. Errors are collected, named by page, line and an extract of the markup, so that one run
 * reports them all; warnings and notes are left out, being advice rather than conformance.
 *
 * <p>What is checked is the document as the server sent it: the body of the response the browser is showing, which
 * the browser's DevTools network agent keeps (not the DOM that script and the parser's error recovery have changed
 * since). Fetching the URL again with the browser's cookies would do for most pages but not for those reached by a
 * form post (a refused sign-in, a refused import) or showing a message once (flash): those states exist only in the
 * response the browser already has, and a second request could differ from the first. {@code driver.getPageSource()}
 * would not do either: it serializes the DOM, where the parser has already repaired exactly the mistakes a validator
 * is for. Nor would the page's resource cache (DevTools' Page.getResourceContent): it answered "Resource was not
 * cached" for the sign-in page already. The network agent keeps every body from the moment it is enabled.
 */
final class HtmlConformance {

    /** The checker's name for its HTML schema (with SVG, MathML, ITS and RDFa): resolved inside its jar, never fetched. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** The longest extract shown: most start tags fit, a long line of text is cut. */
    private static final int EXTRACT_LENGTH = 240;

    /** Where each checked document is kept, so that the line numbers of a failure can be looked up. */
    private static final Path DOCUMENTS = Path.of("target", "html-conformance");

    /**
     * Errors in markup that Mojarra or PrimeFaces writes and Atiende cannot change, each with its upstream cause. Only
     * the exact message on an element that the pattern matches is left out: the same message anywhere else, on
     * Atiende's own markup among it, still fails the check. Each goes when the release that fixes it comes.
     */
    private static final List<UpstreamError> UPSTREAM_ERRORS = List.of(
            // Mojarra 4.0.11 (Payara 6.2025.10's) writes autocomplete="off" on its view state field, against Firefox
            // restoring a stale value on reload (eclipse-ee4j/mojarra#1133), which HTML no longer allows on a hidden
            // field. Later Mojarra writes autocomplete="one-time-code" instead (eclipse-ee4j/mojarra#5577, #5581);
            // the context parameter that drops the attribute would bring the stale view state back (#5577).
            new UpstreamError("An “input” element with a “type” attribute whose value is “hidden” must not have an"
                    + " “autocomplete” attribute whose value is “on” or “off”.",
                    "^<input type=\"hidden\" name=\"jakarta\\.faces\\.ViewState\""),
            // PrimeFaces' DataTable puts role="gridcell" on every cell of a table that is no grid; the maintainers
            // kept it, its reflow CSS selects cells by it (primefaces/primefaces#11504).
            new UpstreamError("The “role” attribute must not be used on a “td” element which has a “table” ancestor"
                    + " with no “role” attribute, or with a “role” attribute whose value is “table”, “grid”, or “treegrid”.",
                    "^<td role=\"gridcell\""),
            // PrimeFaces 15.0.13's p:outputLabel for a p:selectOneMenu points at the menu's "_label" element, which is
            // no form control (primefaces/primefaces#15009, fixed by #15011 in a later release).
            new UpstreamError("The value of the “for” attribute of the “label” element must be the ID of a non-hidden"
                    + " form control.",
                    "^<label [^>]*class=\"ui-outputlabel[^\"]*\" for=\"[^\"]+_label\">$"));

    private record UpstreamError(String message, Pattern element) {

        UpstreamError(String message, String element) {
            this(message, Pattern.compile(element));
        }

        boolean matches(String message, String element) {
            return this.message.equals(message) && this.element.matcher(element).find();
        }
    }

    private final ChromiumDriver browser;
    private final SimpleDocumentValidator checker;
    private final CollectingErrorHandler errorHandler = new CollectingErrorHandler();
    private final List<String> errors = new ArrayList<>();
    private final long setUpMillis;
    private int pagesChecked;
    private long checkerMillis;

    HtmlConformance(WebDriver browser) {
        this.browser = (ChromiumDriver) browser;
        // From now on the network agent keeps the body of every response, for servedMarkup().
        this.browser.executeCdpCommand("Network.enable", Map.of());
        // The command-line checker's quiet logging, no URL logging, and no language detection: guessing the language
        // of a page's text gives advice (a warning), never an error, and costs time.
        long start = System.nanoTime();
        this.checker = new SimpleDocumentValidator(true, false, false);
        try {
            checker.setUpMainSchema(HTML_SCHEMA, errorHandler);
            checker.setUpValidatorAndParsers(errorHandler, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not load its HTML schema", e);
        }
        this.setUpMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Validates the document the browser shows now, as the server sent it. */
    void check(String page) {
        String where = page + " (" + browser.getCurrentUrl() + ")";
        String markup = servedMarkup();
        Path document = keep(page, markup);
        errorHandler.startPage(markup);
        long start = System.nanoTime();
        try {
            // Bytes, with no encoding given: the checker finds it as from a file, so that a declaration too late in
            // the document (after its first 1024 bytes) is an error here as it is on validator.w3.org's upload form.
            checker.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8))));
        } catch (IOException | SAXException e) {
            errorHandler.report("the Nu HTML Checker did not finish: " + e, 0, "");
        }
        checkerMillis += (System.nanoTime() - start) / 1_000_000;
        pagesChecked++;
        errorHandler.pageErrors().forEach((message, places) -> errors.add(where + ", " + document + ": " + message + "\n    "
                + String.join("\n    ", places)));
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** How many documents were checked, and how long the checker took: it is meant to stay cheap. */
    String summary() {
        return pagesChecked + " documents, " + (pagesChecked == 0 ? 0 : checkerMillis / pagesChecked)
                + " ms each on average, after " + setUpMillis + " ms loading the schemas";
    }

    private Path keep(String page, String markup) {
        String name = String.format("%02d-%s.html", pagesChecked + 1, page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
        try {
            Files.createDirectories(DOCUMENTS);
            return Files.writeString(DOCUMENTS.resolve(name), markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body of the response behind the main frame's document. Chromium gives a navigation's request the id of the
     * document loader it creates (Puppeteer relies on the same), and keeps that id through the redirect of a
     * post/redirect/get, whose body is then the final page's.
     */
    private String servedMarkup() {
        @SuppressWarnings("unchecked")
        Map<String, Object> frame = (Map<String, Object>) ((Map<String, Object>) browser
                .executeCdpCommand("Page.getFrameTree", Map.of()).get("frameTree")).get("frame");
        Map<String, Object> response = browser.executeCdpCommand("Network.getResponseBody", Map.of("requestId", frame.get("loaderId")));
        String body = (String) response.get("body");
        return Boolean.TRUE.equals(response.get("base64Encoded"))
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
                : body;
    }

    /**
     * Receives the checker's findings on one document; keeps its errors that are Atiende's to fix, the same message on
     * many elements (every cell of a table) listed once with each place.
     */
    private static final class CollectingErrorHandler implements ErrorHandler {

        private final Map<String, List<String>> pageErrors = new LinkedHashMap<>();
        private List<String> lines;

        void startPage(String markup) {
            pageErrors.clear();
            lines = markup.lines().toList();
        }

        /** The current document's errors, by message, each with the places it was found. */
        Map<String, List<String>> pageErrors() {
            return pageErrors;
        }

        @Override
        public void warning(SAXParseException warning) {
            // Advice, not conformance: left out.
        }

        @Override
        public void error(SAXParseException error) {
            String element = element(error.getLineNumber(), error.getColumnNumber());
            if (UPSTREAM_ERRORS.stream().noneMatch(upstream -> upstream.matches(error.getMessage(), element))) {
                report(error.getMessage(), error.getLineNumber(), element);
            }
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }

        void report(String message, int line, String extract) {
            pageErrors.computeIfAbsent(message, key -> new ArrayList<>()).add("line " + line + ": " + extract);
        }

        /**
         * The markup the checker points at: it reports the place where it finished reading the faulty construct, the
         * end of a start tag for an attribute's error, so the extract runs from the start of that tag to there.
         */
        private String element(int line, int column) {
            if (line < 1 || line > lines.size()) {
                return "";
            }
            String text = lines.get(line - 1);
            int end = Math.min(Math.max(column, 1), text.length());
            int tagStart = text.lastIndexOf('<', end - 1);
            int begin = Math.max(tagStart < 0 ? 0 : tagStart, end - EXTRACT_LENGTH);
            return text.substring(begin, end).strip();
        }
    }
}
