package com.atiende.infrastructure.persistence.eclipselink;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.AssessmentQuestion;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioEnding;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.course.SelfCheckQuestion;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Makes published content (courses, lessons, scenarios with their steps, replies and endings, final assessments,
 * competencies)
 * EclipseLink read-only classes: every transaction uses the one copy in the shared cache instead of cloning it into
 * its persistence context and comparing the clone at commit. Content is never edited once published (a change is a
 * new version), yet an attempt, an enrolment or a certificate reaches it through its relationships on every request,
 * and cloning it was most of the work of {@code choose()}. Entities that point at content still store their foreign
 * keys as usual.
 *
 * <p>Publishing is the one writer of content: it calls {@link #allowChangesInThisTransaction} first, which makes its
 * transaction copy and write content like any other entity.
 */
public class ReadOnlyContent implements SessionCustomizer {

    /** Every entity of published content; all are {@code @Cacheable}, so their one copy is the shared cache's. */
    static final List<Class<?>> CONTENT = List.of(Competency.class, Course.class, Lesson.class,
            SelfCheckQuestion.class, Scenario.class, ScenarioStep.class, Choice.class, ScenarioEnding.class,
            FinalAssessment.class, AssessmentQuestion.class);

    @Override
    public void customize(Session session) {
        CONTENT.forEach(session.getProject()::addDefaultReadOnlyClass);
    }

    /**
     * Lets the current transaction create and change content: from now on it reads content as copies it may change
     * and writes them at commit. Only for publishing, which must call it before it reads any content.
     */
    public static void allowChangesInThisTransaction(EntityManager entityManager) {
        entityManager.unwrap(UnitOfWork.class).removeAllReadOnlyClasses();
    }
}
