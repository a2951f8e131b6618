package com.atiende.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The views that keep nothing in the session between requests (transient views): every request names what it
 * shows in its parameters, and a post rebuilds the page from them. They are the pages learners load most, the
 * lesson reader, the role-play player and the final assessment.
 *
 * <p>The page template makes these views transient while building them ({@code #{statelessViews.current}}), which is
 * what Faces needs to accept their posts. On a plain GET that comes too late for PrimeFaces: before the view is
 * built it takes the page for a stateful one and keeps its CSP nonce in a view map, which Faces then registers in
 * the session with a CDI event, on every request. {@link EarlyTransience} marks the view transient as soon as it
 * exists, so a GET of a stateless page neither creates a view map nor touches the session for one.
 */
@Named
@ApplicationScoped
public class StatelessViews {

    private static final Set<String> VIEW_IDS = Set.of("/learner/lesson.xhtml", "/learner/play.xhtml",
            "/learner/assessment.xhtml");

    /** Whether the view being processed is one of the stateless ones. */
    public boolean isCurrent() {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        return view != null && isStateless(view.getViewId());
    }

    static boolean isStateless(String viewId) {
        return VIEW_IDS.contains(viewId);
    }

    /** Registered in faces-config.xml: marks a stateless view transient once restored, before anything renders. */
    public static class EarlyTransience implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void afterPhase(PhaseEvent event) {
            UIViewRoot view = event.getFacesContext().getViewRoot();
            if (view != null && isStateless(view.getViewId())) {
                view.setTransient(true);
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            // Nothing: the view does not exist yet.
        }

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}
