package com.atiende.web.hr;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.assignment.AssignedCourse;
import com.atiende.assessment.assignment.AssignmentOrder;
import com.atiende.assessment.assignment.AssignmentOutcome;
import com.atiende.assessment.assignment.AssignmentProblem;
import com.atiende.assessment.assignment.AssignmentService;
import com.atiende.domain.enrolment.AssignmentFilter;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.web.common.DownloadLinks;
import com.atiende.web.common.KeysetDataModel;
import com.atiende.web.common.LocaleSelection;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import com.atiende.web.verify.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HR assigns a course, due by a day, to the whole organisation, a department or people named by e-mail (pasted one
 * per line, or separated by commas or spaces), and follows the assigned courses: how many are pending, overdue,
 * completed on time or late, and who, filtered and paged by key in the database.
 */
@Named
@ViewScoped
public class AssignmentsPage implements Serializable {

    /** The value of the group menu that means every employee, which no department can be called. */
    static final String EVERYONE = "*";

    private static final long serialVersionUID = 1L;

    @EJB
    private AssignmentService assignments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private LocaleSelection localeSelection;

    private String courseCode;
    private LocalDate dueOn;
    private String group;
    private String emails;

    private String filterCourse;
    private String filterDepartment;
    private AssignmentState filterState;
    private AssignmentFilter applied = AssignmentFilter.NONE;
    private Map<AssignmentState, Long> summary;

    private final KeysetDataModel<AssignedCourse, AssignedCourse.Key> assigned = new KeysetDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return getMatching();
        }

        @Override
        protected List<AssignedCourse> page(AssignedCourse.Key after, int size) {
            return assignments.page(applied, after, size);
        }

        @Override
        protected AssignedCourse.Key keyOf(AssignedCourse course) {
            return course.key();
        }

        @Override
        public String getRowKey(AssignedCourse course) {
            return Long.toString(course.enrolmentId());
        }
    };

    public void assign() {
        boolean everyone = EVERYONE.equals(group);
        String department = everyone || group == null || group.isBlank() ? null : group;
        List<String> named = emails == null ? List.of() : Arrays.asList(emails.strip().split("[\\s,;]+"));
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            AssignmentOutcome outcome = assignments.assign(
                    new AssignmentOrder(courseCode, dueOn, everyone, department, named), currentUser.email(),
                    clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            Messages.info("assignment.done", outcome.courseTitle(), outcome.people(), describe(outcome));
            filterCourse = courseCode;
            filterDepartment = null;
            filterState = null;
            apply();
            group = null;
            emails = null;
        } catch (AssignmentProblem problem) {
            // Each field's reasons beside it, as one message (a field shows one); and that nothing was assigned.
            problem.getReasons().stream().collect(Collectors.groupingBy(reason -> fieldOf(reason.field()),
                            LinkedHashMap::new, Collectors.mapping(reason -> Messages.text(reason.messageKey(),
                                    reason.arguments().toArray()), Collectors.joining(" "))))
                    .forEach((field, text) -> Messages.errorText("assign:" + field, text));
            Messages.error(null, "assignment.refused", problem.getReasons().size());
            faces.validationFailed();
        } catch (AssessmentException e) {
            Messages.error(null, e.getMessageKey(), e.getArguments());
            faces.validationFailed();
        }
    }

    /** What the order did, naming only what it did to somebody. */
    private static String describe(AssignmentOutcome outcome) {
        return outcome.counts().entrySet().stream().filter(count -> count.getValue() > 0)
                .map(count -> Messages.text("assignment.done." + count.getKey(), count.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String fieldOf(String field) {
        return switch (field) {
            case AssignmentProblem.COURSE -> "course";
            case AssignmentProblem.DUE -> "due";
            default -> "emails";
        };
    }

    /** Applies the filter fields to the list and its summary. */
    public void apply() {
        applied = new AssignmentFilter(filterCourse, filterDepartment, filterState);
        summary = null;
        assigned.restart();
    }

    /** How many assigned courses of the filter (its state aside) are in each state. */
    public Map<AssignmentState, Long> getSummary() {
        if (summary == null) {
            summary = assignments.countByState(applied.withState(null));
        }
        return summary;
    }

    /** How many assigned courses the applied filter lists, from the summary's counts (no query of its own). */
    public long getMatching() {
        Map<AssignmentState, Long> counts = getSummary();
        return applied.state() == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(applied.state());
    }

    /** The CSV of the applied filter. */
    public String getCsvUrl() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("course", applied.courseCode());
        parameters.put("department", applied.department());
        parameters.put("state", applied.state());
        parameters.put("lang", localeSelection.getLanguage());
        return DownloadLinks.of("/hr/assignments.csv", parameters);
    }

    public KeysetDataModel<AssignedCourse, AssignedCourse.Key> getAssigned() {
        return assigned;
    }

    public List<AssignmentState> getStates() {
        return List.of(AssignmentState.values());
    }

    /** The earliest day a course can be due: today, for the date field's min. */
    public LocalDate getToday() {
        return assignments.today();
    }

    public String getEveryone() {
        return EVERYONE;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getFilterCourse() {
        return filterCourse;
    }

    public void setFilterCourse(String filterCourse) {
        this.filterCourse = filterCourse;
    }

    public String getFilterDepartment() {
        return filterDepartment;
    }

    public void setFilterDepartment(String filterDepartment) {
        this.filterDepartment = filterDepartment;
    }

    public AssignmentState getFilterState() {
        return filterState;
    }

    public void setFilterState(AssignmentState filterState) {
        this.filterState = filterState;
    }
}
