package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * KILL TEST: a child JVM saves a project in a loop and is killed ({@code destroyForcibly}, SIGKILL on Unix) 20
 * times at random moments (fixed seed). After every kill the file parses as one complete version; the hidden
 * temporary files a kill leaves are deleted by the next save of that file once they are older than a minute
 * (the test ages them instead of waiting).
 */
class KillDuringSaveTest {
    private static final int KILLS = 20;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aKilledSaveLeavesOneCompleteVersionAndTheNextSaveSweepsItsTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.tokenscope.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Random random = new Random(20250607L);
        int killsThatLeftATemp = 0;
        int version = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                    KillSaveChild.class.getName(), file.toString(), String.valueOf(version))
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine(), "the child saved once");
                Thread.sleep(random.nextInt(150));
                child.destroyForcibly();
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            }

            Project after = ProjectFiles.read(file); // throws if the file is cut short or mixed
            String v = after.title().orElseThrow();
            assertEquals(100, after.prompts().size(), "kill " + kill);
            for (String p : after.prompts()) {
                assertTrue(p.startsWith(v + " prompt "), "kill " + kill + ": one version, not a mix: " + v);
            }
            version = Integer.parseInt(v.substring(1)) + 1;

            List<Path> temps = temps(dir);
            if (!temps.isEmpty()) {
                killsThatLeftATemp++;
            }
            for (Path t : temps) { // a minute passes
                Files.setLastModifiedTime(t, FileTime.from(Instant.now().minusSeconds(120)));
            }
            ProjectFiles.write(after, file);
            assertEquals(List.of(), temps(dir), "kill " + kill + ": the next save sweeps the killed save's temporary file");
        }
        System.out.println("KillDuringSaveTest: " + killsThatLeftATemp + " of " + KILLS + " kills landed mid-write");
    }

    private static List<Path> temps(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
