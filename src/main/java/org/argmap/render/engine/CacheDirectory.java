package org.argmap.render.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where argmap keeps files it can recreate at any time, such as the embedded engine's native
 * library (about 19 MB, written once per library version).
 *
 * <p>Chosen in this order: the environment variable {@code ARGMAP_CACHE_DIR}; else
 * {@code $XDG_CACHE_HOME/argmap} when {@code XDG_CACHE_HOME} is an absolute path (the XDG Base
 * Directory rule: relative values are ignored); else {@code ~/.cache/argmap}. Only Linux uses it
 * today, so there is no macOS or Windows convention here.
 */
public final class CacheDirectory {

    /** Environment variable that overrides the cache location. */
    public static final String OVERRIDE_VARIABLE = "ARGMAP_CACHE_DIR";

    private CacheDirectory() {
    }

    /** The cache directory for the given environment and home folder; nothing is created. */
    public static Path resolve(Map<String, String> environment, Path userHome) {
        String override = environment.getOrDefault(OVERRIDE_VARIABLE, "");
        if (!override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
        if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "argmap");
        }
        return userHome.resolve(".cache").resolve("argmap");
    }

    /** The cache directory of this process. */
    public static Path forThisProcess() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
