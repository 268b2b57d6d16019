package org.tokenscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.app.help.MethodPage;
import org.tokenscope.app.shell.AppDirs;
import org.tokenscope.app.shell.DroppedFiles;
import org.tokenscope.app.shell.RecentFiles;
import org.tokenscope.app.shell.SettingsFile;
import org.tokenscope.app.shell.Theme;
import org.tokenscope.app.shell.WindowState;
import org.tokenscope.app.shell.Zoom;
import org.tokenscope.views.shell.WorkbenchPanel;

/** The shell's settings, file kinds and help pages, without a window. */
class ShellSettingsTest {
    private String savedConfig;

    @BeforeEach
    void pointConfigAtATempFolder(@TempDir Path dir) {
        savedConfig = System.getProperty(AppDirs.CONFIG_PROPERTY);
        System.setProperty(AppDirs.CONFIG_PROPERTY, dir.toString());
    }

    @AfterEach
    void restoreConfig() {
        if (savedConfig == null) {
            System.clearProperty(AppDirs.CONFIG_PROPERTY);
        } else {
            System.setProperty(AppDirs.CONFIG_PROPERTY, savedConfig);
        }
    }

    @Test
    void windowStateRoundTripsAndRepairsBadValues() throws Exception {
        assertEquals(WindowState.DEFAULT, WindowState.load(), "no file: defaults");
        WindowState s = new WindowState(40.0, 60.0, 1000, 700, true, 300, "premium", "DARK", 1.25);
        s.save();
        assertEquals(s, WindowState.load());

        Files.writeString(AppDirs.config().resolve("window.json"),
                "{\"x\": 1, \"width\": -5, \"promptListWidth\": 7, \"theme\": \"purple\", \"zoom\": 99, \"future_field\": true}");
        WindowState repaired = WindowState.load();
        assertEquals(1.0, repaired.x());
        assertNull(repaired.y());
        assertEquals(WindowState.DEFAULT.width(), repaired.width());
        assertEquals(WindowState.DEFAULT.promptListWidth(), repaired.promptListWidth());
        assertEquals(Theme.LIGHT, repaired.themeValue());
        assertEquals(3.0, repaired.zoom(), "zoom is clamped to the largest step");

        Files.writeString(AppDirs.config().resolve("window.json"), "{\"x\": ");
        assertEquals(WindowState.DEFAULT, WindowState.load(), "a truncated file means defaults, not an error");
    }

    @Test
    void recentFilesKeepTheNewestTenWithoutDuplicatesAndPersist(@TempDir Path dir) {
        RecentFiles recent = RecentFiles.standard();
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("p" + i + ".tokenscope.json"), RecentFiles.Kind.PROJECT);
        }
        recent.add(dir.resolve("p5.tokenscope.json"), RecentFiles.Kind.PROJECT);
        List<RecentFiles.Entry> entries = recent.entries();
        assertEquals(RecentFiles.MAX, entries.size());
        assertEquals(dir.resolve("p5.tokenscope.json").toString(), entries.get(0).path());
        assertEquals(dir.resolve("p11.tokenscope.json").toString(), entries.get(1).path());
        assertEquals(1, entries.stream().filter(e -> e.path().endsWith("p5.tokenscope.json")).count());
        assertEquals(entries, RecentFiles.standard().entries(), "a new window reads the same list");
        recent.clear();
        assertEquals(List.of(), RecentFiles.standard().entries());
    }

    @Test
    void recentFilesAreWrittenInTheBackgroundWithTheNewestList(@TempDir Path dir) throws Exception {
        RecentFiles recent = RecentFiles.standard();
        for (int i = 0; i < 50; i++) {
            recent.add(dir.resolve("q" + i + ".txt"), RecentFiles.Kind.PROMPTS);
        }
        SettingsFile.flush();
        String json = Files.readString(AppDirs.config().resolve("recent.json"));
        assertTrue(json.contains("q49.txt") && json.contains("q40.txt") && !json.contains("q39.txt"), json);
        assertEquals(recent.entries(), RecentFiles.standard().entries());
    }

    @Test
    void recentEntriesThatAreNoPathAreDroppedNotFatal() throws Exception {
        Files.createDirectories(AppDirs.config());
        Files.writeString(AppDirs.config().resolve("recent.json"), "{\"files\": [{\"path\": \"bad\\u0000name\", \"kind\": \"PROJECT\"},"
                + " {\"path\": \"/data/a.tokenscope.json\", \"kind\": \"PROJECT\"}, {\"path\": \"/m\", \"kind\": \"NOT_A_KIND\"}]}");
        List<RecentFiles.Entry> entries = RecentFiles.standard().entries();
        assertEquals(List.of(new RecentFiles.Entry("/data/a.tokenscope.json", RecentFiles.Kind.PROJECT)), entries);
    }

    @Test
    void droppedFilesAreSortedByKind(@TempDir Path dir) throws Exception {
        assertEquals(RecentFiles.Kind.MODEL, DroppedFiles.kindOf(dir));
        assertEquals(RecentFiles.Kind.MODEL, DroppedFiles.kindOf(dir.resolve("decoder_model_merged.onnx")));
        assertEquals(RecentFiles.Kind.PROJECT, DroppedFiles.kindOf(dir.resolve("A.TOKENSCOPE.JSON")));
        assertEquals(RecentFiles.Kind.PROMPTS, DroppedFiles.kindOf(dir.resolve("prompts.txt")));
        assertEquals(RecentFiles.Kind.PROMPTS, DroppedFiles.kindOf(dir.resolve("prompts.jsonl")));
        assertNull(DroppedFiles.kindOf(dir.resolve("config.json")), "a plain JSON file is not a project");
        assertNull(DroppedFiles.kindOf(dir.resolve("paper.pdf")));
    }

    @Test
    void zoomStepsLikeABrowserWithinLimits() {
        Zoom z = new Zoom(1.0);
        z.zoomIn();
        assertEquals(1.1, z.scale());
        for (int i = 0; i < 20; i++) {
            z.zoomIn();
        }
        assertEquals(3.0, z.scale());
        z.reset();
        z.zoomOut();
        assertEquals(0.9, z.scale());
        for (int i = 0; i < 20; i++) {
            z.zoomOut();
        }
        assertEquals(0.67, z.scale());
        assertTrue(new Zoom(1.3).fontPx() > 16.8, "a stored in-between scale is kept");
    }

    @Test
    void everyPanelHasAMethodPageWithBalancedBibtexCitingItsArxivPaper() {
        Pattern arxiv = Pattern.compile("arXiv (\\d{4}\\.\\d{5})");
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            MethodPage page = MethodPage.of(p);
            assertTrue(page.paragraphs().size() >= 2, p + " explains its method in paragraphs");
            assertTrue(page.entries() >= 1, p + " has BibTeX");
            long open = page.bibtex().chars().filter(c -> c == '{').count();
            long close = page.bibtex().chars().filter(c -> c == '}').count();
            assertEquals(open, close, p + ": unbalanced braces in BibTeX");
            Matcher m = arxiv.matcher(p.basis());
            int cited = 0;
            while (m.find()) {
                assertTrue(page.bibtex().contains(m.group(1)), p + "'s BibTeX lacks arXiv " + m.group(1));
                cited++;
            }
            assertTrue(cited >= 1, p + " names the arXiv id of its paper");
            assertTrue(page.entries() >= cited, p + ": a BibTeX entry for every paper named");
        }
    }
}
