package com.atiende.web.admin;

import com.atiende.assessment.account.DirectoryImportService;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Upload of the employee directory as CSV: all or nothing, with every bad line listed. */
@Named
@ViewScoped
public class DirectoryImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A directory of 20,000 people fits well within this; anything larger is not a directory. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @EJB
    private DirectoryImportService directoryImport;

    @Inject
    private CurrentUser currentUser;

    /** The uploaded file as the servlet container received it (a plain h:inputFile: see admin/import.xhtml). */
    private transient Part file;
    private DirectoryImportService.Result result;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.error("import:file", "import.file.required");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error("import:file", "import.file.tooLarge");
            return;
        }
        String csv;
        try (InputStream content = file.getInputStream()) {
            csv = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
        result = directoryImport.importCsv(currentUser.email(), csv);
        if (result.succeeded()) {
            Messages.info("import.done", result.imported());
        } else {
            Messages.error(null, "import.refused", result.problems().size());
        }
    }

    public List<DirectoryImportService.LineProblem> getProblems() {
        return result == null ? List.of() : result.problems();
    }

    /** A line's problem in the reader's language. */
    public String reason(DirectoryImportService.LineProblem problem) {
        if (DirectoryImportService.INVALID.equals(problem.key())) {
            return Messages.validationText(problem.arguments().get(0));
        }
        return Messages.text(problem.key(), problem.arguments().toArray());
    }

    public String getColumns() {
        return String.join(",", DirectoryImportService.COLUMNS);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
