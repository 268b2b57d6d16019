package org.tokenscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.app.LaunchOptions;

/** The GUI's command line: what Main hands to TokenscopeApp.launchGui. */
class LaunchOptionsTest {
    @Test
    void noArgumentsMeansTheEmbeddedModel() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertTrue(o.model().isEmpty());
        assertTrue(o.threads() >= 1);
    }

    @Test
    void readsModelAndThreadsInBothSpellings() {
        assertEquals(new LaunchOptions(java.util.Optional.of(Path.of("/m")), 3),
                LaunchOptions.parse(List.of("--model", "/m", "--threads", "3")));
        assertEquals(new LaunchOptions(java.util.Optional.of(Path.of("/m")), 2),
                LaunchOptions.parse(List.of("--threads=2", "--model=/m")));
    }

    @Test
    void rejectsBadInputWithAReason() {
        assertEquals("--model needs a value",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--model"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--threads", "0"))).getMessage().contains("at least 1"));
        assertEquals("unknown option --frobnicate",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--frobnicate"))).getMessage());
    }
}
