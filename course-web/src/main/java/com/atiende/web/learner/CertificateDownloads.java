package com.atiende.web.learner;

import com.atiende.assessment.credential.CertificateFile;
import com.atiende.assessment.credential.CertificateFileService;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's own certificate as a file: /learner/certificates/{id}.pdf (in the page's language) and
 * /learner/certificates/{id}.jwt (the signed Open Badge credential). The PDF speaks the language of the page that links
 * to it ({@code ?lang=es|en}), or else the browser's. The learner comes from the session, never the
 * address, so anyone else's certificate, like one that does not exist, is a 404.
 */
@WebServlet(urlPatterns = "/learner/certificates/*")
public class CertificateDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.(pdf|jwt)");

    @EJB
    private CertificateFileService files;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long learnerId = currentUser.learnerId();
        long certificateId = Long.parseLong(file.group(1));
        Optional<CertificateFile> found = "pdf".equals(file.group(2))
                ? files.pdf(learnerId, certificateId, language(request))
                : files.badge(learnerId, certificateId);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(found.get(), response);
    }

    /** "es" or "en": the {@code lang} parameter the pages add to their links, else the browser's, else Spanish. */
    public static String language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if ("es".equals(asked) || "en".equals(asked)) {
            return asked;
        }
        return "en".equals(request.getLocale().getLanguage()) ? "en" : "es";
    }

    /** Sends a certificate file as an attachment, never cached by shared caches. */
    public static void send(CertificateFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
