package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --project FILE --out FILE.html|FILE.pdf [--panels ...]}, headless. */
class ReportCommandTest {

    static Path sample(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("samples/projects").resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new AssertionError("samples/projects/" + name + " not found");
    }

    @Test
    void writesHtmlAndPdfAndPrintsThePath(@TempDir Path dir) throws IOException {
        Path project = sample("stepper-entropy-cntp.tokenscope.json");
        Path html = dir.resolve("stepper.html");
        CliRunner r = CliRunner.run("report", "--project", project.toString(), "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(html.toAbsolutePath().toString(), r.out().strip());
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>"), text);
        assertTrue(text.contains("It is a truth universally acknowledged"), "the prompts");
        assertTrue(text.contains("id=\"panel-stepper\""), "the project's panel by default");
        assertTrue(text.contains("Seed: stepper sampler.seed</th><td>42"), "provenance names the seed");

        Path pdf = dir.resolve("stepper.pdf");
        CliRunner p = CliRunner.run("report", "--project", project.toString(), "--out", pdf.toString(), "--panels", "stepper,premium");
        assertEquals(0, p.code(), p.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 1000);
    }

    @Test
    void aPromptWithMarkupIsEscaped(@TempDir Path dir) throws IOException {
        Path project = Files.writeString(dir.resolve("x.tokenscope.json"),
                "{\"format_version\": 1, \"prompts\": [\"<script>alert(1)</script>\"]}");
        Path html = dir.resolve("x.html");
        assertEquals(0, CliRunner.run("report", "--project", project.toString(), "--out", html.toString()).code());
        String text = Files.readString(html);
        assertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(text.contains("<script>"));
    }

    @Test
    void aMalformedProjectExitsWithOneAndOneLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tokenscope.json"), "{\"format_version\": 1, \"prompts\": [\"cut");
        CliRunner r = CliRunner.run("report", "--project", bad.toString(), "--out", dir.resolve("r.html").toString());
        assertEquals(1, r.code());
        assertEquals("error: bad.tokenscope.json is truncated: the JSON ends early at line 1, column 39; it may have been cut off "
                + "while being copied or saved", r.err().strip());
        assertTrue(r.out().isEmpty());
        assertFalse(Files.exists(dir.resolve("r.html")));

        CliRunner missing = CliRunner.run("report", "--project", dir.resolve("none.tokenscope.json").toString(), "--out",
                dir.resolve("r.pdf").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("error: project file not found"), missing.err());
    }

    @Test
    void wrongUsageExitsWithTwo(@TempDir Path dir) {
        String project = sample("premium-udhr.tokenscope.json").toString();
        assertEquals(2, CliRunner.run("report", "--project", project).code(), "no --out");
        assertEquals(2, CliRunner.run("report", "--project", project, "--out", dir.resolve("r.docx").toString()).code());
        assertEquals(2, CliRunner.run("report", "--project", project, "--out", dir.resolve("r.html").toString(),
                "--panels", "stepper,lens").code());
        assertEquals(0, CliRunner.run("report", "--help").code());
    }
}
