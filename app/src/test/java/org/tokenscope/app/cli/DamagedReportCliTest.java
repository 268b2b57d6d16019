package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report on a project with a damaged panel section: exit 0, the section left out, one warning line, no trace. */
class DamagedReportCliTest {

    @Test
    void aDamagedSectionIsOneWarningLine(@TempDir Path dir) throws IOException {
        Path sample = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && sample == null; d = d.getParent()) {
            Path f = d.resolve("samples/projects/stepper-entropy-cntp.tokenscope.json");
            sample = Files.isRegularFile(f) ? f : null;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(sample.toFile());
        ((ObjectNode) root.path("panels").path("stepper").path("trace").path("steps").get(0)).put("stages", "damaged");
        Path project = dir.resolve("damaged.tokenscope.json");
        json.writeValue(project.toFile(), root);

        CliRunner r = CliRunner.run("report", "--project", project.toString(), "--out", dir.resolve("r.html").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("warning: Stepper section not included: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(Files.readString(dir.resolve("r.html")).contains("Stepper section not included"));
    }
}
