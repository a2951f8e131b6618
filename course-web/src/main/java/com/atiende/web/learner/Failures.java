package com.atiende.web.learner;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.NotFoundException;
import com.atiende.web.common.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How learner pages answer the application layer's refusals: something that is not the visitor's (or does not
 * exist) is a plain 404; anything else becomes a message in the visitor's language on the page.
 */
final class Failures {

    private Failures() {
    }

    static void show(AssessmentException failure) {
        if (failure instanceof NotFoundException) {
            notFound();
            return;
        }
        Messages.error(null, failure.getMessageKey(), failure.getArguments());
    }

    /**
     * Before a page renders what it loaded: when nothing was loaded, the refusal that prevented it is shown (not
     * found: a 404), or a plain 404 when the request did not name anything.
     */
    static void unlessLoaded(Object loaded, AssessmentException refusal) {
        if (loaded == null) {
            if (refusal == null) {
                notFound();
            } else {
                show(refusal);
            }
        }
    }

    static void notFound() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
