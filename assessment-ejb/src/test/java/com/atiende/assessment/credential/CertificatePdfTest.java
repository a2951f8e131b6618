package com.atiende.assessment.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.certificate.CertifiedAssessment;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * The certificate PDF read back the way a person or a program would: its text (accents included), its QR code
 * decoded from the rendered page, long names kept inside the frame by setting them smaller, and its conformance to
 * PDF/A-2b as judged by veraPDF rather than by our own reading of the standard.
 */
class CertificatePdfTest {

    private static final String URL = "https://formacion.example.es/verify/ABCDEFGHJKMN";
    /** The credential id of the certificate of {@link #face}, random as one issued now has it. */
    static final String CREDENTIAL_ID = "3f1c2a9e-7b4d-4e8a-9c61-0d5b8e2f7a14";
    private static final CertificatePdf PDF = new CertificatePdf(ZoneId.of("Europe/Madrid"));

    @BeforeAll
    static void registerVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void printsHolderCourseScoresDatesAndCodeWithSpanishLetters() throws IOException {
        byte[] pdf = PDF.render(face("María José Núñez Güell", "es"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("María José Núñez Güell", "Escuchar y empatizar", "Versión 3",
                    "Escucha activa", "87,5", "Empatía", "Emitido el 31 de marzo de 2025",
                    "Válido hasta el 31 de marzo de 2027", "ABCDEFGHJKMN", URL,
                    "Evaluación final superada con un 90 % de aciertos");
            assertThat(document.getDocumentInformation().getTitle()).contains("María José Núñez Güell");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(fontsOf(document)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void speaksEnglishWhenAskedTo() throws IOException {
        String text = text(PDF.render(face("Lucía Empleada", "en")));

        assertThat(text).contains("CERTIFICATE", "This certifies that", "Issued on March 31, 2025",
                "Valid until March 31, 2027", "Active listening", "Final assessment passed with 90% of answers right");
    }

    @Test
    void carriesAQrCodeThatOpensTheVerificationPage() throws Exception {
        byte[] pdf = PDF.render(face("Lucía Empleada", "es"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            assertThat(decodeQr(page)).isEqualTo(URL);
        }
    }

    @Test
    void setsAVeryLongNameSmallerAndKeepsItInsideTheFrame() throws IOException {
        String longName = "Maximiliana Concepción de los Ángeles ".repeat(5) + "Fernández-Villaverde y Peñalosa";
        List<TextPosition> name = new ArrayList<>();
        List<TextPosition> all = new ArrayList<>();

        try (PDDocument document = Loader.loadPDF(PDF.render(face(longName, "es")))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    all.addAll(positions);
                    if (text.contains("Maximiliana")) {
                        name.addAll(positions);
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Fernández-Villaverde y Peñalosa");
        }

        assertThat(name).isNotEmpty();
        assertThat(name).allSatisfy(glyph -> assertThat(glyph.getFontSizeInPt()).isLessThan(32));
        assertThat(all).allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(CertificatePdf.MARGIN - 1);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(CertificatePdf.WIDTH - CertificatePdf.MARGIN + 1);
        });
    }

    @Test
    void stampsARevokedCertificate() throws IOException {
        CertificateFace valid = face("Lucía Empleada", "es");
        CertificateFace revoked = withStatus(valid, CertificateStatus.REVOKED);

        assertThat(text(PDF.render(revoked))).contains("REVOCADO");
        assertThat(text(PDF.render(valid))).doesNotContain("REVOCADO");
    }

    /** Revoked too: its stamp is translucent, and transparency has rules of its own in PDF/A-2. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CertificateStatus.class, names = {"VALID", "REVOKED"})
    void isArchivableAsPdfA2b(CertificateStatus status) throws Exception {
        CertificateFace face = withStatus(face("María José Núñez Güell de los Ángeles ".repeat(3) + "y Peñalosa", "es"),
                status);

        ValidationResult result = validatePdfA2b(PDF.render(face));

        assertThat(result.isCompliant()).as("veraPDF finds these PDF/A-2b rules broken:%n%s", failedRules(result))
                .isTrue();
    }

    static CertificateFace face(String holder, String language) {
        boolean english = "en".equals(language);
        return new CertificateFace(41, CREDENTIAL_ID, holder, "maria@example.es", "escucha-empatia", 3, "Escuchar y empatizar",
                "Escuchar de verdad y ponerse en el lugar del cliente.", language,
                List.of(new CertificateFace.Score("active-listening", english ? "Active listening" : "Escucha activa",
                                new BigDecimal("87.5")),
                        new CertificateFace.Score("empathy", english ? "Empathy" : "Empatía", new BigDecimal("92.0")),
                        new CertificateFace.Score("ownership", english ? "Ownership" : "Responsabilidad",
                                new BigDecimal("75.0"))),
                new BigDecimal("85.4"), Instant.parse("2025-03-31T16:00:00Z"), Instant.parse("2027-03-31T16:00:00Z"),
                CertificateStatus.VALID, "ABCDEFGHJKMN", URL,
                new CertifiedAssessment(english ? "Final assessment" : "Evaluación final", 90));
    }

    private static CertificateFace withStatus(CertificateFace face, CertificateStatus status) {
        return new CertificateFace(face.certificateId(), face.credentialId(), face.holderName(), face.holderEmail(), face.courseCode(),
                face.courseVersion(), face.courseTitle(), face.courseSummary(), face.language(), face.scores(),
                face.overall(), face.issuedAt(), face.expiresAt(), status, face.verificationCode(),
                face.verificationUrl(), face.finalAssessment());
    }

    private static ValidationResult validatePdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    /** One line per broken rule: clause, test number, how often it failed and what the rule asks for. */
    private static String failedRules(ValidationResult result) {
        return result.getFailedChecks().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        Comparator.comparing(RuleId::getClause).thenComparingInt(RuleId::getTestNumber)))
                .map(failed -> {
                    RuleId rule = failed.getKey();
                    return "  " + rule.getClause() + "-" + rule.getTestNumber() + " (" + failed.getValue() + "x): "
                            + result.getValidationProfile().getRuleByRuleId(rule).getDescription();
                })
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : document.getPage(0).getResources().getFontNames()) {
            fonts.add(document.getPage(0).getResources().getFont(name));
        }
        return fonts;
    }

    private static String decodeQr(BufferedImage page) throws Exception {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the page", e);
        }
    }
}
