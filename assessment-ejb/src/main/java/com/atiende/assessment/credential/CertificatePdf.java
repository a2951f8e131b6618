package com.atiende.assessment.credential;

import com.atiende.domain.certificate.CertificateStatus;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Draws a certificate as a one-page A4 landscape PDF meant to be framed: a double border, the holder's name and the
 * course in large serif type, the competencies and their scores, the dates, the verification code and a QR code that
 * opens the public verification page. A revoked certificate is stamped across.
 *
 * <p>Text is set in DejaVu Serif and Sans, embedded (subset) from the JasperReports font jar, so every Spanish letter
 * prints the same on any reader; a character the fonts lack prints as "?" rather than failing the document. Names
 * and titles of any length stay inside the frame: each is set at the largest size, and on the fewest lines (at most
 * two or three), that fit its box, down to a floor; below the floor it breaks inside words. The layout is fixed,
 * which keeps every certificate alike and makes the renderer a pure function of its {@link CertificateFace}.
 *
 * <p>A certificate is kept for years, so the file is PDF/A-2b (ISO 19005-2, level B: it will look the same in any
 * future reader): fonts embedded, colours tied to sRGB by an output intent, and the document described in XMP
 * metadata that repeats the information dictionary and declares the conformance.
 */
public final class CertificatePdf {

    /** Page width and height in points: A4 turned sideways. */
    public static final float WIDTH = PDRectangle.A4.getHeight();
    public static final float HEIGHT = PDRectangle.A4.getWidth();

    /** Text keeps at least this distance from the left and right edges of the page, inside the frame. */
    public static final float MARGIN = 60;

    private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    private static final Color RED = new Color(0xC0, 0x1C, 0x1C);

    private static final float QR_SIZE = 112;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN - 40;

    private enum Typeface {
        SERIF("DejaVuSerif.ttf"),
        SERIF_BOLD("DejaVuSerif-Bold.ttf"),
        SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
        SANS("DejaVuSans.ttf"),
        SANS_BOLD("DejaVuSans-Bold.ttf"),
        MONO_BOLD("DejaVuSansMono-Bold.ttf");

        private final String file;

        Typeface(String file) {
            this.file = file;
        }
    }

    /** The font files, read once from the font jar; each document parses and subsets its own copy. */
    private static final Map<Typeface, byte[]> FONT_FILES = readFonts();

    /**
     * The colours are given as plain RGB; PDF/A only accepts that with an output intent saying which RGB they mean.
     * They are meant as sRGB, which is also how readers show RGB without one, so the page looks as it always did.
     */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String SRGB = "sRGB IEC61966-2.1";

    private final ZoneId zone;

    /** @param zone the organisation's time zone: certificate dates are days there */
    public CertificatePdf(ZoneId zone) {
        this.zone = zone;
    }

    /** The certificate as PDF bytes. */
    public byte[] render(CertificateFace face) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(face, out);
        return out.toByteArray();
    }

    /** Writes the certificate as a PDF to {@code out}, which stays open. */
    public void write(CertificateFace face, OutputStream out) {
        Locale locale = Locale.forLanguageTag(face.language());
        ResourceBundle text = ResourceBundle.getBundle("com.atiende.assessment.credential.certificate", locale,
                CertificatePdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (PDDocument document = new PDDocument()) {
            Map<Typeface, PDType0Font> fonts = new EnumMap<>(Typeface.class);
            for (Map.Entry<Typeface, byte[]> file : FONT_FILES.entrySet()) {
                fonts.put(file.getKey(), PDType0Font.load(document,
                        new ByteArrayInputStream(file.getValue()), true));
            }
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                new Drawing(canvas, fonts, text, locale).draw(face);
            }
            describe(document, face, text);
            // The language its words are read aloud in by a screen reader (names and course titles stay as written).
            document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
            declareSrgb(document);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the certificate " + face.verificationCode(), e);
        }
    }

    /**
     * Describes the document twice, as PDF/A requires: in the information dictionary, which readers show, and in XMP
     * metadata with the same values, which also declares PDF/A-2b.
     */
    private void describe(PDDocument document, CertificateFace face, ResourceBundle text) throws IOException {
        String title = format(text, "documentTitle", face.courseTitle(), face.holderName());
        String subject = format(text, "subject", face.courseTitle(), face.courseVersion(), face.verificationCode());
        String author = "Atiende";
        GregorianCalendar issued = GregorianCalendar.from(face.issuedAt().atZone(zone));

        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setSubject(subject);
        information.setAuthor(author);
        information.setCreator(author);
        information.setKeywords(face.verificationCode());
        information.setCreationDate(issued);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.setDescription(subject);
        dublinCore.addCreator(author);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(author);
        basic.setCreateDate(issued);
        xmp.createAndAddAdobePDFSchema().setKeywords(face.verificationCode());
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            pdfa.setConformance("B");
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("could not write the XMP metadata of the certificate "
                    + face.verificationCode(), e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static void declareSrgb(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /** One page being drawn: the canvas, its fonts and the words of its language. */
    private final class Drawing {

        private final PDPageContentStream canvas;
        private final Map<Typeface, PDType0Font> fonts;
        private final ResourceBundle text;
        private final Locale locale;

        Drawing(PDPageContentStream canvas, Map<Typeface, PDType0Font> fonts, ResourceBundle text, Locale locale) {
            this.canvas = canvas;
            this.fonts = fonts;
            this.text = text;
            this.locale = locale;
        }

        void draw(CertificateFace face) throws IOException {
            frame();
            spaced(text.getString("brand"), Typeface.SANS_BOLD, 11, 4, GOLD, HEIGHT - 78);
            centred(text.getString("title"), Typeface.SERIF_BOLD, 38, NAVY, HEIGHT - 124);
            centred(text.getString("subtitle"), Typeface.SERIF_ITALIC, 14, GREY, HEIGHT - 148);
            centred(text.getString("certifies"), Typeface.SERIF_ITALIC, 13, INK, HEIGHT - 186);

            float below = block(face.holderName(), Typeface.SERIF_BOLD, 32, 12, 2, NAVY, HEIGHT - 226);
            rule(below - 14);
            centred(text.getString("completed"), Typeface.SERIF_ITALIC, 13, INK, below - 36);
            below = block(face.courseTitle(), Typeface.SERIF_BOLD, 20, 9, 2, INK, below - 62);
            centred(format(text, "version", face.courseVersion()), Typeface.SANS, 10, GREY, below - 20);

            scores(face, below - 44);
            details(face);
            qr(face);
            if (face.status() == CertificateStatus.REVOKED) {
                stamp(text.getString("revoked"));
            }
        }

        private void frame() throws IOException {
            canvas.setStrokingColor(NAVY);
            canvas.setLineWidth(3.5f);
            canvas.addRect(18, 18, WIDTH - 36, HEIGHT - 36);
            canvas.stroke();
            canvas.setStrokingColor(GOLD);
            canvas.setLineWidth(0.9f);
            canvas.addRect(27, 27, WIDTH - 54, HEIGHT - 54);
            canvas.stroke();
            canvas.setNonStrokingColor(GOLD);
            for (float[] corner : new float[][] {{27, 27}, {WIDTH - 27, 27}, {27, HEIGHT - 27}, {WIDTH - 27, HEIGHT - 27}}) {
                diamond(corner[0], corner[1], 6);
            }
        }

        private void diamond(float x, float y, float radius) throws IOException {
            canvas.moveTo(x, y + radius);
            canvas.lineTo(x + radius, y);
            canvas.lineTo(x, y - radius);
            canvas.lineTo(x - radius, y);
            canvas.closePath();
            canvas.fill();
        }

        private void rule(float y) throws IOException {
            canvas.setStrokingColor(GOLD);
            canvas.setLineWidth(0.8f);
            canvas.moveTo(WIDTH / 2 - 150, y);
            canvas.lineTo(WIDTH / 2 + 150, y);
            canvas.stroke();
            canvas.setNonStrokingColor(GOLD);
            diamond(WIDTH / 2, y, 3);
        }

        /**
         * Sets text centred in the text width at the largest size from {@code max} down to {@code min} that fits on
         * at most {@code maxLines} lines, the first baseline at {@code top}.
         *
         * @return the baseline of the last line
         */
        private float block(String value, Typeface typeface, float max, float min, int maxLines, Color colour,
                            float top) throws IOException {
            PDType0Font font = fonts.get(typeface);
            String printable = printable(font, value);
            Fit fit = fit(font, printable, TEXT_WIDTH, max, min, maxLines);
            float y = top;
            for (int i = 0; i < fit.lines().size(); i++) {
                if (i > 0) {
                    y -= fit.size() * 1.2f;
                }
                show(fit.lines().get(i), font, fit.size(), colour, (WIDTH - width(font, fit.lines().get(i), fit.size())) / 2, y);
            }
            return y;
        }

        private void scores(CertificateFace face, float top) throws IOException {
            float left = MARGIN + 20;
            float right = WIDTH - MARGIN - QR_SIZE - 40;
            label(text.getString("competencies"), left, top);
            List<CertificateFace.Score> scores = face.scores();
            int perColumn = Math.max(1, (int) Math.ceil(scores.size() / (scores.size() > 5 ? 2.0 : 1.0)));
            float columnWidth = scores.size() > 5 ? (right - left - 24) / 2 : Math.min(320, right - left);
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMinimumFractionDigits(1);
            number.setMaximumFractionDigits(1);
            PDType0Font sans = fonts.get(Typeface.SANS);
            PDType0Font bold = fonts.get(Typeface.SANS_BOLD);
            for (int i = 0; i < scores.size(); i++) {
                float x = left + (i / perColumn) * (columnWidth + 24);
                float y = top - 16 - (i % perColumn) * 14;
                String value = number.format(scores.get(i).score());
                float valueWidth = width(bold, value, 9.5f);
                String name = printable(sans, scores.get(i).name());
                Fit fit = fit(sans, name, columnWidth - valueWidth - 12, 9.5f, 6, 1);
                show(fit.lines().get(0), sans, fit.size(), INK, x, y);
                show(value, bold, 9.5f, NAVY, x + columnWidth - valueWidth, y);
            }
            float y = top - 16 - perColumn * 14 - 4;
            String overall = number.format(face.overall() == null ? BigDecimal.ZERO : face.overall());
            show(text.getString("overall"), fonts.get(Typeface.SANS_BOLD), 9.5f, INK, left, y);
            show(overall, bold, 9.5f, NAVY, left + columnWidth - width(bold, overall, 9.5f), y);
            if (face.finalAssessment() != null) {
                String passed = printable(sans, format(text, "finalAssessment", face.finalAssessment().title(),
                        face.finalAssessment().score()));
                Fit fit = fit(sans, passed, right - left, 9.5f, 6, 1);
                show(fit.lines().get(0), sans, fit.size(), INK, left, y - 14);
            }
        }

        private void details(CertificateFace face) throws IOException {
            float left = MARGIN + 20;
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            PDType0Font sans = fonts.get(Typeface.SANS);
            show(format(text, "issued", date(dates, face.issuedAt())) + "   ·   "
                    + format(text, "validUntil", date(dates, face.expiresAt())), sans, 10, INK, left, 86);
            label(text.getString("code"), left, 66);
            show(face.verificationCode(), fonts.get(Typeface.MONO_BOLD), 13, NAVY,
                    left + width(fonts.get(Typeface.SANS_BOLD), text.getString("code"), 9) + 10, 66);
        }

        private void qr(CertificateFace face) throws IOException {
            QrCode code = QrCode.of(face.verificationUrl());
            float module = QR_SIZE / code.size();
            float x0 = WIDTH - MARGIN - QR_SIZE;
            float y0 = 80;
            canvas.setNonStrokingColor(Color.WHITE);
            canvas.addRect(x0, y0, QR_SIZE, QR_SIZE);
            canvas.fill();
            canvas.setNonStrokingColor(Color.BLACK);
            for (int y = 0; y < code.size(); y++) {
                for (int x = 0; x < code.size(); x++) {
                    if (code.isDark(x, y)) {
                        canvas.addRect(x0 + x * module, y0 + QR_SIZE - (y + 1) * module, module, module);
                    }
                }
            }
            canvas.fill();
            PDType0Font sans = fonts.get(Typeface.SANS);
            float captionWidth = QR_SIZE + 60;
            String caption = text.getString("verifyAt");
            show(caption, sans, 7, GREY, x0 + QR_SIZE - width(sans, caption, 7), y0 - 10);
            Fit url = fit(sans, printable(sans, face.verificationUrl()), captionWidth, 7, 4, 2);
            float y = y0 - 19;
            for (String line : url.lines()) {
                show(line, sans, url.size(), NAVY, x0 + QR_SIZE - width(sans, line, url.size()), y);
                y -= url.size() * 1.2f;
            }
        }

        private void stamp(String word) throws IOException {
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.22f);
            canvas.saveGraphicsState();
            canvas.setGraphicsStateParameters(translucent);
            PDType0Font font = fonts.get(Typeface.SANS_BOLD);
            float size = 110;
            float textWidth = width(font, word, size);
            double angle = Math.toRadians(24);
            float x = (float) (WIDTH / 2 - Math.cos(angle) * textWidth / 2 + Math.sin(angle) * size / 3);
            float y = (float) (HEIGHT / 2 - Math.sin(angle) * textWidth / 2 - Math.cos(angle) * size / 3);
            canvas.beginText();
            canvas.setFont(font, size);
            canvas.setNonStrokingColor(RED);
            canvas.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
            canvas.showText(word);
            canvas.endText();
            canvas.restoreGraphicsState();
        }

        private void label(String value, float x, float y) throws IOException {
            show(value, fonts.get(Typeface.SANS_BOLD), 9, GOLD, x, y);
        }

        private void centred(String value, Typeface typeface, float size, Color colour, float y) throws IOException {
            PDType0Font font = fonts.get(typeface);
            String printable = printable(font, value);
            show(printable, font, size, colour, (WIDTH - width(font, printable, size)) / 2, y);
        }

        private void spaced(String value, Typeface typeface, float size, float spacing, Color colour, float y)
                throws IOException {
            PDType0Font font = fonts.get(typeface);
            float total = width(font, value, size) + spacing * (value.length() - 1);
            canvas.beginText();
            canvas.setFont(font, size);
            canvas.setNonStrokingColor(colour);
            canvas.setCharacterSpacing(spacing);
            canvas.newLineAtOffset((WIDTH - total) / 2, y);
            canvas.showText(value);
            canvas.setCharacterSpacing(0);
            canvas.endText();
        }

        private void show(String value, PDType0Font font, float size, Color colour, float x, float y)
                throws IOException {
            canvas.beginText();
            canvas.setFont(font, size);
            canvas.setNonStrokingColor(colour);
            canvas.newLineAtOffset(x, y);
            canvas.showText(value);
            canvas.endText();
        }

        private String date(DateTimeFormatter formatter, Instant instant) {
            return formatter.format(instant.atZone(zone));
        }
    }

    /** Text set at one size on one or more lines. */
    record Fit(float size, List<String> lines) {
    }

    /**
     * The largest size, in half points from {@code max} down to {@code min}, at which the text fits {@code width} on
     * at most {@code maxLines} lines broken between words; failing that, the text at {@code min} broken anywhere, on
     * as many lines as it needs. Package-private for the tests.
     */
    static Fit fit(PDType0Font font, String value, float width, float max, float min, int maxLines)
            throws IOException {
        String words = value.strip().replaceAll("\\s+", " ");
        for (float size = max; size >= min; size -= 0.5f) {
            List<String> lines = wrap(font, words, width, size);
            if (lines != null && lines.size() <= maxLines) {
                return new Fit(size, lines);
            }
        }
        return new Fit(min, breakAnywhere(font, words, width, min));
    }

    /** Greedy word wrap; null when a single word is wider than the line. */
    private static List<String> wrap(PDType0Font font, String words, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words.split(" ")) {
            if (width(font, word, size) > width) {
                return null;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> breakAnywhere(PDType0Font font, String words, float width, float size)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int offset = 0; offset < words.length(); ) {
            int codePoint = words.codePointAt(offset);
            String character = new String(Character.toChars(codePoint));
            if (!line.isEmpty() && width(font, line + character, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(character);
            offset += Character.charCount(codePoint);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType0Font font, String value, float size) throws IOException {
        return font.getStringWidth(value) / 1000 * size;
    }

    /** The text with every character the font cannot show replaced by "?". */
    private static String printable(PDType0Font font, String value) {
        StringBuilder printable = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException unsupported) {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static String format(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
    }

    private static Map<Typeface, byte[]> readFonts() {
        Map<Typeface, byte[]> files = new EnumMap<>(Typeface.class);
        for (Typeface typeface : Typeface.values()) {
            String path = "net/sf/jasperreports/fonts/dejavu/" + typeface.file;
            try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("font " + path + " is missing: is jasperreports-fonts on the class path?");
                }
                files.put(typeface, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the font " + path, e);
            }
        }
        return files;
    }
}
