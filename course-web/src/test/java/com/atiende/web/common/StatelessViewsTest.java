package com.atiende.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.lifecycle.LifecycleWrapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatelessViewsTest {

    @ParameterizedTest
    @CsvSource({
            "/learner/lesson.xhtml, true",
            "/learner/play.xhtml, true",
            "/learner/assessment.xhtml, true",
            "/learner/course.xhtml, false",
            "/login.xhtml, false"
    })
    void aRestoredViewIsTransientBeforeItRendersOnlyWhenItIsAStatelessOne(String viewId, boolean stateless) {
        UIViewRoot view = new UIViewRoot();
        view.setViewId(viewId);

        new StatelessViews.EarlyTransience().afterPhase(restored(view));

        assertThat(view.isTransient()).isEqualTo(stateless);
    }

    private static PhaseEvent restored(UIViewRoot view) {
        FacesContext faces = new FacesContextWrapper(null) {
            @Override
            public UIViewRoot getViewRoot() {
                return view;
            }
        };
        return new PhaseEvent(faces, PhaseId.RESTORE_VIEW, new LifecycleWrapper(null) { });
    }
}
