package org.tokenscope.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings, log, recovery and cache follow the XDG base directories on Linux; defaults under the home folder. */
class AppDirsTest {
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> props = new HashMap<>(Map.of("os.name", "Linux", "user.home", "/home/ann"));
    private final AppDirs.Lookup lookup = new AppDirs.Lookup(env::get, props::get);

    @Test
    void defaultsUnderTheHomeFolder() {
        assertEquals(Path.of("/home/ann/.config/tokenscope"), AppDirs.config(lookup));
        assertEquals(Path.of("/home/ann/.local/state/tokenscope"), AppDirs.state(lookup));
        assertEquals(Path.of("/home/ann/.local/state/tokenscope/recovery"), AppDirs.recovery(lookup));
        assertEquals(Path.of("/home/ann/.cache/tokenscope"), AppDirs.cache(lookup));
    }

    @Test
    void xdgVariablesMoveEachFolder() {
        env.put("XDG_CONFIG_HOME", "/cfg");
        env.put("XDG_STATE_HOME", "/st");
        env.put("XDG_CACHE_HOME", "/ca");
        assertEquals(Path.of("/cfg/tokenscope"), AppDirs.config(lookup));
        assertEquals(Path.of("/st/tokenscope"), AppDirs.state(lookup));
        assertEquals(Path.of("/st/tokenscope/recovery"), AppDirs.recovery(lookup));
        assertEquals(Path.of("/ca/tokenscope"), AppDirs.cache(lookup));
    }

    @Test
    void relativeXdgValuesAreIgnoredAsTheSpecSays() {
        env.put("XDG_CONFIG_HOME", "cfg");
        env.put("XDG_STATE_HOME", "");
        env.put("XDG_CACHE_HOME", "./ca");
        assertEquals(Path.of("/home/ann/.config/tokenscope"), AppDirs.config(lookup));
        assertEquals(Path.of("/home/ann/.local/state/tokenscope"), AppDirs.state(lookup));
        assertEquals(Path.of("/home/ann/.cache/tokenscope"), AppDirs.cache(lookup));
    }

    @Test
    void overridesForTestsAndTheCacheVariable() {
        props.put(AppDirs.CONFIG_PROPERTY, "/tmp/c");
        props.put(AppDirs.STATE_PROPERTY, "/tmp/s");
        env.put("TOKENSCOPE_CACHE", "/tmp/k");
        assertEquals(Path.of("/tmp/c"), AppDirs.config(lookup));
        assertEquals(Path.of("/tmp/s"), AppDirs.state(lookup));
        assertEquals(Path.of("/tmp/s/recovery"), AppDirs.recovery(lookup));
        assertEquals(Path.of("/tmp/k"), AppDirs.cache(lookup));
    }

    @Test
    void otherPlatforms() {
        props.put("os.name", "Windows 11");
        env.put("APPDATA", "C:\\Users\\ann\\AppData\\Roaming".replace('\\', '/').replace("C:", "/c"));
        env.put("LOCALAPPDATA", "/c/Users/ann/AppData/Local");
        assertEquals(Path.of("/c/Users/ann/AppData/Roaming/Tokenscope"), AppDirs.config(lookup));
        assertEquals(Path.of("/c/Users/ann/AppData/Local/Tokenscope/recovery"), AppDirs.recovery(lookup));
        props.put("os.name", "Mac OS X");
        assertEquals(Path.of("/home/ann/Library/Logs/Tokenscope"), AppDirs.state(lookup));
        assertEquals(Path.of("/home/ann/Library/Application Support/Tokenscope/recovery"), AppDirs.recovery(lookup));
    }
}
