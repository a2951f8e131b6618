package com.atiende.web.common;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * A stale or forged page (its view state unknown to the server) is the visitor's situation, not our fault: it
 * gets the "page expired" page with status 400, or, for an AJAX request, a fresh copy of the page it came from.
 * Registered in faces-config.xml.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    static final String EXPIRED_VIEW = "/WEB-INF/errors/expired.xhtml";

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable cause = events.next().getContext().getException();
                while (cause instanceof FacesException && cause.getCause() != null && !(cause instanceof ViewExpiredException)) {
                    cause = cause.getCause();
                }
                if (cause instanceof ViewExpiredException) {
                    events.remove();
                    showExpired(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static void showExpired(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                try {
                    external.redirect(request.getRequestURI());
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
                return;
            }
            external.setResponseStatus(400);
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW));
            faces.renderResponse();
        }
    }
}
