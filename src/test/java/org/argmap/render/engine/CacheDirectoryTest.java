package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirectoryTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void overrideVariableWinsOverXdg() {
        Map<String, String> env = Map.of("ARGMAP_CACHE_DIR", "/srv/cache", "XDG_CACHE_HOME", "/xdg");
        assertEquals(Path.of("/srv/cache"), CacheDirectory.resolve(env, HOME));
    }

    @Test
    void relativeOverrideIsTakenFromTheWorkingDirectory() {
        Path resolved = CacheDirectory.resolve(Map.of("ARGMAP_CACHE_DIR", "cache"), HOME);
        assertEquals(Path.of("cache").toAbsolutePath(), resolved);
    }

    @Test
    void absoluteXdgCacheHomeGetsAnArgmapFolder() {
        assertEquals(Path.of("/xdg/argmap"), CacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "/xdg"), HOME));
    }

    @Test
    void relativeXdgCacheHomeIsIgnoredAsTheXdgSpecificationRequires() {
        assertEquals(HOME.resolve(".cache/argmap"), CacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "xdg"), HOME));
    }

    @Test
    void blankVariablesFallBackToTheHomeFolder() {
        Map<String, String> env = Map.of("ARGMAP_CACHE_DIR", " ", "XDG_CACHE_HOME", "");
        assertEquals(HOME.resolve(".cache/argmap"), CacheDirectory.resolve(env, HOME));
    }
}
