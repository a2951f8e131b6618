package com.atiende.assessment.learning;

import com.atiende.assessment.NotFoundException;
import com.atiende.domain.competency.CompetencyRepository;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.SelfCheckOption;
import com.atiende.domain.course.SelfCheckQuestion;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.shared.ShuffledOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What a learner reads inside one of their enrolments: a lesson of the exact course version they are enrolled
 * in, its self-check options in an order of the enrolment's own, and the course's pass rules. Another person's
 * enrolment is "not found", whatever id is asked for.
 */
@Stateless
public class LearningService {

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private CompetencyRepository competencies;

    @Inject
    private CourseRepository courses;

    public LessonView lesson(long learnerId, long enrolmentId, String lessonCode) {
        EnrolmentRepository.LessonReading reading = enrolments.findLessonReading(learnerId, enrolmentId, lessonCode)
                .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
        Course course = courses.findForReading(reading.courseId())
                .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
        Lesson lesson = course.lesson(lessonCode).orElseThrow(() -> new NotFoundException("lesson.notFound", lessonCode));
        List<CourseItem> items = course.getItems();
        int position = items.indexOf(lesson);
        return new LessonView(enrolmentId, course.getCode(), course.getTitle(), lesson.getCode(), lesson.getTitle(),
                lesson.getMinutes(), lesson.getBody(), lesson.getTakeaways(),
                lesson.getSelfCheck().stream()
                        .map(question -> new LessonView.Question(question.getQuestion(),
                                optionsAsShown(enrolmentId, lesson, question).stream()
                                        .map(option -> new LessonView.Option(option.getText(), option.isCorrect(),
                                                option.getFeedback()))
                                        .toList()))
                        .toList(),
                reading.read(), position + 1, items.size(),
                position > 0 ? link(items.get(position - 1)) : null,
                position + 1 < items.size() ? link(items.get(position + 1)) : null);
    }

    public RulesView rules(long learnerId, long enrolmentId) {
        return RulesView.of(ownedCourse(learnerId, enrolmentId), competencies::find);
    }

    /** The enrolment's course version, read-only and shared: reading never copies the content. */
    private Course ownedCourse(long learnerId, long enrolmentId) {
        return enrolments.findOwnedCourseId(learnerId, enrolmentId)
                .flatMap(courses::findForReading)
                .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
    }

    /**
     * A self-check question's options shuffled for the enrolment, so that where the right one stands gives nothing
     * away, and the same on every reload and every node: the enrolment's id is the seed, the lesson's code and the
     * question's place in it the key. A new enrolment (recertification) sees a new order.
     */
    private static List<SelfCheckOption> optionsAsShown(long enrolmentId, Lesson lesson, SelfCheckQuestion question) {
        return ShuffledOrder.of(question.getOptions(), enrolmentId, lesson.getCode() + "/" + question.getSortOrder());
    }

    private static LessonView.ItemLink link(CourseItem item) {
        return new LessonView.ItemLink(item.getKind().name(), item.getCode(), item.getTitle());
    }
}
