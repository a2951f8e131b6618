package com.atiende.web.verify;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Serves /verify (the form) and /verify/{code} (the answer, what a certificate's QR code opens) with the Faces page
 * verify.xhtml, so the address stays short and printable while the page keeps the site's template and language.
 *
 * <p>The page is reached by a forward, after the security-headers filter gave this non-Faces address the strict
 * policy meant for files and JSON; the wrapper lets the Faces page's own policy (with its script nonce) replace
 * that one instead of being added to it, which would block the page's scripts and styles.
 */
@WebServlet(urlPatterns = "/verify/*")
public class VerificationRoute extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Request attribute carrying the code from the address to the page. */
    public static final String CODE = "atiende.verificationCode";

    static final String PAGE = "/verify.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path != null && path.length() > 1) {
            request.setAttribute(CODE, path.substring(1));
        }
        request.getRequestDispatcher(PAGE).forward(request, new PagePolicy(response));
    }

    /** Turns the page's addition of a Content-Security-Policy into a replacement of the one already set. */
    private static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
