package com.atiende.domain.content;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small, valid content tree held in memory: two competencies and one course ({@code curso}) with a lesson
 * ({@code escuchar}) and a scenario ({@code llamada}). Each test breaks it in exactly one way, so that the problem it
 * asserts is the only one.
 *
 * <p>The scenario: {@code saludo} offers a (escucha-activa +2, empatia +2) and b (+1, -1) to {@code problema}, and a
 * critical c (empatia -3); {@code problema} offers a (escucha-activa +2) to {@code resuelto} and b (-1, -1) to
 * {@code perdido}. Five paths; maxima escucha-activa 4, empatia 2.
 */
public final class ContentFixture {

    public static final String COURSE = "curso/course.yaml";
    public static final String LESSON = "curso/lessons/escuchar.md";
    public static final String SCENARIO = "curso/scenarios/llamada.yaml";
    public static final String ASSESSMENT = "curso/assessments/final.yaml";

    /**
     * A final assessment ({@code final}) for {@link #withFinalAssessment}: three questions, two drawn per attempt,
     * pass mark 60 (so one right answer of two fails), three attempts, 30 minutes between them. The right option is
     * the first of each question.
     */
    public static final String FINAL_ASSESSMENT = """
            title: "Evaluación final"
            instructions: "Tres preguntas al azar; necesitas dos bien."
            questionsPerAttempt: 2
            passMark: 60
            attemptsAllowed: 3
            cooldownMinutes: 30
            questions:
              - id: primero
                lesson: escuchar
                question: "¿Qué haces primero?"
                options:
                  - text: "Escuchar."
                    correct: true
                    feedback: "Sí."
                  - text: "Responder."
                    feedback: "Todavía no."
              - id: despues
                question: "¿Y después?"
                options:
                  - text: "Resumir lo oído."
                    correct: true
                    feedback: "Sí."
                  - text: "Colgar."
                    feedback: "No."
              - id: al-final
                lesson: escuchar
                question: "¿Y al final?"
                options:
                  - text: "Confirmar."
                    correct: true
                    feedback: "Sí."
                  - text: "Nada."
                    feedback: "No."
                        """;

    private static final Map<String, String> VALID = Map.of(
            "competencies.yaml", """
                    - code: escucha-activa
                      name: { es: "Escucha activa", en: "Active listening" }
                      description: { es: "Dejar hablar.", en: "Letting people speak." }
                    - code: empatia
                      name: { es: "Empatía", en: "Empathy" }
                      description: { es: "Entender a la otra persona.", en: "Understanding the other person." }
                    """,
            "courses.yaml", """
                    - curso
                    """,
            COURSE, """
                    code: curso
                    title: "Curso de prueba"
                    summary: "Un curso para las pruebas."
                    language: es
                    competencies:
                      escucha-activa: 2
                      empatia: 1
                    passRules:
                      passMark: 60
                      floors:
                        empatia: 50
                      attemptsAllowed: 3
                      keep: best
                      cooldownMinutes: 0
                      attemptExpiryDays: 14
                    certificateValidityMonths: 24
                    items:
                      - lesson: escuchar
                      - scenario: llamada
                    """,
            LESSON, """
                    ---
                    title: "Escuchar"
                    minutes: 5
                    takeaways:
                      - "Escucha antes de responder."
                    selfCheck:
                      - question: "¿Qué haces primero?"
                        options:
                          - text: "Escuchar."
                            correct: true
                            feedback: "Sí: primero se entiende."
                          - text: "Responder."
                            feedback: "Todavía no sabes qué pasa."
                    ---
                    ## Escuchar

                    Escuchar es lo **primero**.
                    """,
            SCENARIO, """
                    title: "Una llamada"
                    summary: "Un cliente llama con prisa."
                    required: true
                    setting:
                      channel: telefono
                      character: "Luis, cliente de un banco"
                    start: saludo
                    steps:
                      - id: saludo
                        context: "Suena el teléfono."
                        mood: molesto
                        waitedMinutes: 10
                        says: "Llevo diez minutos esperando."
                        choices:
                          - id: a
                            reply: "Siento la espera, cuénteme."
                            feedback: "Reconoces la espera."
                            effects: { escucha-activa: 2, empatia: 2 }
                            next: problema
                          - id: b
                            reply: "Dígame su número de cliente."
                            feedback: "Correcto, pero frío."
                            effects: { escucha-activa: 1, empatia: -1 }
                            next: problema
                          - id: c
                            reply: "No es mi problema."
                            feedback: "Inaceptable."
                            effects: { empatia: -3 }
                            critical: "Rechazar al cliente termina la llamada."
                      - id: problema
                        context: "El cliente explica el problema."
                        says: "No me funciona la tarjeta."
                        choices:
                          - id: a
                            reply: "Vamos a revisarlo juntos."
                            feedback: "Te haces cargo."
                            effects: { escucha-activa: 2 }
                            next: resuelto
                          - id: b
                            reply: "Llame al banco."
                            feedback: "Ya está llamando al banco."
                            effects: { escucha-activa: -1, empatia: -1 }
                            next: perdido
                    endings:
                      - id: resuelto
                        title: "Resuelto"
                        outcome: "El cliente cuelga contento."
                      - id: perdido
                        title: "Perdido"
                        outcome: "El cliente se da de baja."
                    """);

    private final Map<String, String> files = new LinkedHashMap<>(VALID);

    private ContentFixture() {
    }

    public static ContentFixture valid() {
        return new ContentFixture();
    }

    /** The course closed by the {@link #FINAL_ASSESSMENT}, its last item. */
    public ContentFixture withFinalAssessment() {
        return with(ASSESSMENT, FINAL_ASSESSMENT)
                .replace(COURSE, "  - scenario: llamada\n", "  - scenario: llamada\n  - assessment: final\n");
    }

    public ContentFixture with(String path, String content) {
        files.put(path, content);
        return this;
    }

    public ContentFixture without(String path) {
        files.remove(path);
        return this;
    }

    /** Replaces the one occurrence of {@code target} in a file; fails when there is none or more than one. */
    public ContentFixture replace(String path, String target, String replacement) {
        String content = files.get(path);
        int at = content.indexOf(target);
        if (at < 0 || content.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + target + "' is not in " + path + " exactly once");
        }
        files.put(path, content.substring(0, at) + replacement + content.substring(at + target.length()));
        return this;
    }

    public ContentSource source() {
        return path -> Optional.ofNullable(files.get(path)).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentCatalog read() {
        return new ContentReader().read(source());
    }

    public ValidationReport validate() {
        return new ContentValidator().validate(read());
    }

    /** The files as a zip, each below {@code folder/} (or at the root when the folder is empty). */
    public byte[] zip(String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the files below a directory. */
    public void writeTo(Path root) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }
}
