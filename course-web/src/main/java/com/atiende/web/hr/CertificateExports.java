package com.atiende.web.hr;

import com.atiende.assessment.credential.CertificateFace;
import com.atiende.assessment.credential.CertificateFile;
import com.atiende.assessment.credential.CertificatePdf;
import com.atiende.assessment.registry.CertificateBatch;
import com.atiende.assessment.registry.CertificateFilter;
import com.atiende.assessment.registry.CertificateRegisterService;
import com.atiende.assessment.registry.RegisteredCertificate;
import com.atiende.web.learner.CertificateDownloads;
import com.atiende.web.security.CurrentUser;
import com.atiende.web.verify.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates as files for HR: one PDF (/hr/certificates/{id}.pdf), or every certificate of a filter as one ZIP of
 * PDFs (/hr/certificates.zip?course=&amp;department=&amp;from=&amp;to=, dates as yyyy-mm-dd). The ZIP is streamed:
 * certificates are read in batches by key (each after the last of the one before), each in a short transaction, and
 * each PDF is written as soon as it is drawn, so neither memory nor a transaction grows with the number of
 * certificates. The export is audit-logged
 * (REPORT_EXPORTED) before the first byte is sent.
 */
@WebServlet(urlPatterns = {"/hr/certificates.zip", "/hr/certificates/*"})
public class CertificateExports extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Certificates read per transaction while streaming. */
    static final int BATCH = 25;

    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.pdf");

    @EJB
    private CertificateRegisterService registry;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith(".zip")) {
            zip(request, response);
            return;
        }
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<CertificateFile> pdf = file.matches()
                ? registry.pdf(Long.parseLong(file.group(1)), CertificateDownloads.language(request))
                : Optional.empty();
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateDownloads.send(pdf.get(), response);
    }

    private void zip(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CertificateFilter filter;
        try {
            filter = new CertificateFilter(request.getParameter("course"), request.getParameter("department"),
                    date(request.getParameter("from")), date(request.getParameter("to")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (filter.isPeriodReversed()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        registry.export(filter, currentUser.email(), clientAddress.of(request));
        String language = CertificateDownloads.language(request);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"atiende-certificates.zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        CertificatePdf renderer = registry.renderer();
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            RegisteredCertificate.Key after = null;
            do {
                CertificateBatch batch = registry.exportBatch(filter, after, BATCH, language);
                for (CertificateFace face : batch.faces()) {
                    zip.putNextEntry(new ZipEntry(entryName(face)));
                    renderer.write(face, zip);
                    zip.closeEntry();
                }
                after = batch.next();
            } while (after != null);
        }
    }

    /** "lucia-empleada-ABCDEFGHJKMN.pdf": findable by name in the ZIP, unique by code, plain ASCII. */
    static String entryName(CertificateFace face) {
        String name = Normalizer.normalize(face.holderName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String prefix = name.substring(0, Math.min(60, name.length()));
        return (prefix.isEmpty() ? "" : prefix + "-") + face.verificationCode() + ".pdf";
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
