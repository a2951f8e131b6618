package com.atiende.assessment.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.certificate.CertificateStatus;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The certificate PDF read back the way a person or a program would: its text (accents included), its QR code
 * decoded from the rendered page, and long names kept inside the frame by setting them smaller.
 */
class CertificatePdfTest {

    private static final String URL = "https://formacion.example.es/verify/ABCDEFGHJKMN";
    private static final CertificatePdf PDF = new CertificatePdf(ZoneId.of("Europe/Madrid"));

    @Test
    void printsHolderCourseScoresDatesAndCodeWithSpanishLetters() throws IOException {
        byte[] pdf = PDF.render(face("María José Núñez Güell", "es"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("María José Núñez Güell", "Escuchar y empatizar", "Versión 3",
                    "Escucha activa", "87,5", "Empatía", "Emitido el 31 de marzo de 2025",
                    "Válido hasta el 31 de marzo de 2027", "ABCDEFGHJKMN", URL);
            assertThat(document.getDocumentInformation().getTitle()).contains("María José Núñez Güell");
            assertThat(fontsOf(document)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void speaksEnglishWhenAskedTo() throws IOException {
        String text = text(PDF.render(face("Lucía Empleada", "en")));

        assertThat(text).contains("CERTIFICATE", "This certifies that", "Issued on March 31, 2025",
                "Valid until March 31, 2027", "Active listening");
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
        CertificateFace revoked = new CertificateFace(valid.certificateId(), valid.holderName(), valid.holderEmail(),
                valid.courseCode(), valid.courseVersion(), valid.courseTitle(), valid.courseSummary(), "es",
                valid.scores(), valid.overall(), valid.issuedAt(), valid.expiresAt(), CertificateStatus.REVOKED,
                valid.verificationCode(), valid.verificationUrl());

        assertThat(text(PDF.render(revoked))).contains("REVOCADO");
        assertThat(text(PDF.render(valid))).doesNotContain("REVOCADO");
    }

    static CertificateFace face(String holder, String language) {
        boolean english = "en".equals(language);
        return new CertificateFace(41, holder, "maria@example.es", "escucha-empatia", 3, "Escuchar y empatizar",
                "Escuchar de verdad y ponerse en el lugar del cliente.", language,
                List.of(new CertificateFace.Score("active-listening", english ? "Active listening" : "Escucha activa",
                                new BigDecimal("87.5")),
                        new CertificateFace.Score("empathy", english ? "Empathy" : "Empatía", new BigDecimal("92.0")),
                        new CertificateFace.Score("ownership", english ? "Ownership" : "Responsabilidad",
                                new BigDecimal("75.0"))),
                new BigDecimal("85.4"), Instant.parse("2025-03-31T16:00:00Z"), Instant.parse("2027-03-31T16:00:00Z"),
                CertificateStatus.VALID, "ABCDEFGHJKMN", URL);
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
