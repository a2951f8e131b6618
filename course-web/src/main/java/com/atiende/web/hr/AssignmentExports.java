package com.atiende.web.hr;

import com.atiende.assessment.assignment.AssignedCourse;
import com.atiende.assessment.assignment.AssignmentService;
import com.atiende.domain.enrolment.AssignmentFilter;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.infrastructure.config.Settings;
import com.atiende.web.learner.CertificateDownloads;
import com.atiende.web.security.CurrentUser;
import com.atiende.web.verify.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * HR's list of assigned courses as CSV (/hr/assignments.csv?course=&amp;department=&amp;state=&amp;lang=), for a
 * spreadsheet or another system: RFC 4180 in UTF-8 with a byte-order mark (so that spreadsheets read the accents),
 * headers and states in the reader's language, dates as yyyy-mm-dd in the organisation's time zone. Rows are read a
 * page at a time by key (after the last row written), each in a short transaction, and written as they come, so
 * memory holds one page whatever the number of rows. The export is audit-logged
 * (REPORT_EXPORTED) before the first byte is sent.
 */
@WebServlet("/hr/assignments.csv")
public class AssignmentExports extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Rows read per transaction while streaming. */
    static final int PAGE = 500;

    @EJB
    private AssignmentService assignments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AssignmentState state;
        try {
            String asked = request.getParameter("state");
            state = asked == null || asked.isBlank() ? null : AssignmentState.valueOf(asked.strip());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        AssignmentFilter filter = new AssignmentFilter(request.getParameter("course"),
                request.getParameter("department"), state);
        assignments.export(filter, currentUser.email(), clientAddress.of(request));
        ResourceBundle text = ResourceBundle.getBundle("com.atiende.web.i18n.messages",
                Locale.forLanguageTag(CertificateDownloads.language(request)));
        ZoneId zone = settings.timezone();
        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader("Content-Disposition", "attachment; filename=\"atiende-assignments.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(List.of("certificates.holder", "users.email", "certificates.department",
                    "certificates.course", "assignment.version", "assignment.enrolled", "assignment.due",
                    "assignment.state", "assignment.completed").stream().map(text::getString).toList());
            AssignedCourse.Key after = null;
            do {
                List<AssignedCourse> page = assignments.page(filter, after, PAGE);
                for (AssignedCourse course : page) {
                    csv.printRecord(cell(course.name()), cell(course.email()), cell(course.department()),
                            cell(course.courseTitle()), course.courseVersion(), day(course.enrolledAt(), zone),
                            day(course.dueAt(), zone), text.getString("assignment.state." + course.state()),
                            day(course.completedAt(), zone));
                }
                after = page.size() < PAGE ? null : page.get(page.size() - 1).key();
            } while (after != null);
        }
    }

    /**
     * A value as a spreadsheet will not run it: text starting with =, +, -, @ or a control character is a formula to
     * Excel and LibreOffice (a name from an imported directory could be one), so it gets a leading apostrophe.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }
}
