package com.atiende.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a form post's script nonce (PrimeFaces' CSP mode) once its view is restored, before any value is applied
 * or any action runs. PrimeFaces checks it only while rendering the answer, after the action: a post without it (a
 * browser with scripts off, a client posting the form as plain HTML) was carried out and then answered with the
 * server's own 500 page. Now it changes nothing and is answered as a bad request with the site's page. Stateless
 * views keep no nonce and are not concerned.
 *
 * <p>The page cannot be rendered in the refused request itself, nor through the container's error page: both are
 * still the post, which PrimeFaces refuses to render for the same missing nonce. So the listener only marks the
 * request, and {@link Refusal}, once Faces is done with it, forwards to the page as a plain request for it.
 */
public class PostedNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostedNonceCheck.class.getName());
    private static final String REFUSED = PostedNonceCheck.class.getName() + ".refused";
    private static final String BAD_REQUEST_PAGE = "/WEB-INF/errors/400.xhtml";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    /**
     * Before the posted values are applied, and after every listener of the restore phase: the stateless views are
     * transient only once {@code StatelessViews} has said so there.
     */
    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getResponseComplete() || context.getViewRoot().isTransient()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException refused) {
            LOG.fine(() -> "Form post refused before it was applied: " + refused.getMessage());
            context.getExternalContext().getRequestMap().put(REFUSED, Boolean.TRUE);
            context.responseComplete();
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // The check is done before the values are applied.
    }

    /** Answers a refused post with the site's bad-request page, once Faces has left the request untouched. */
    @WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
    public static class Refusal extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request, response);
            if (request.getAttribute(REFUSED) != null && !response.isCommitted()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                RequestDispatcher page = request.getRequestDispatcher(BAD_REQUEST_PAGE);
                page.forward(new PlainGet(request), response);
            }
        }
    }

    /** The refused post as a plain request for a page: no method to refuse, no parameters to apply. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
