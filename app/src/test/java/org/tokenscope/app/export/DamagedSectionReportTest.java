package org.tokenscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectFiles;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Issue 15: a project whose stepper section is damaged gets a report without that section and one line saying
 * so; nothing at INFO or above is logged (on the command line that would be a stack trace on the terminal).
 */
class DamagedSectionReportTest {

    @Test
    void aDamagedStepperSectionIsLeftOutWithOneLineAndNoStackTrace() throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(sample("stepper-entropy-cntp.tokenscope.json")));
        ObjectNode step = (ObjectNode) root.path("panels").path("stepper").path("trace").path("steps").get(0);
        step.put("stages", "damaged"); // a list of stages, by hand-editing turned into a string
        Project p = ProjectFiles.parse(root.toString().getBytes(StandardCharsets.UTF_8), "damaged.tokenscope.json");

        List<LogRecord> loud = new ArrayList<>();
        Handler listen = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.INFO.intValue()) {
                    loud.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ReportContributors.class.getName());
        log.addHandler(listen);
        Report r;
        try {
            r = new ReportBuilder(ReportContributors.discover(), "t").build("t", p, List.of(WorkbenchPanel.STEPPER), Instant.EPOCH);
        } finally {
            log.removeHandler(listen);
        }

        assertEquals(1, r.omitted().size(), r.omitted().toString());
        String line = r.omitted().get(0).message();
        assertTrue(line.startsWith("Stepper section not included: "), line);
        assertFalse(line.contains("Exception") || line.contains("\n"), line);
        assertEquals(List.of(), loud, "logged quietly (debug), never printed at warning level");
        String html = HtmlReportWriter.toHtml(r);
        assertTrue(html.contains(org.tokenscope.views.export.Markup.escape(line)), "the report says it too");
        assertTrue(html.contains("Saved settings"), "the section as saved is still shown");
    }

    private static Path sample(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("samples/projects").resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalStateException(name + " not found");
    }
}
