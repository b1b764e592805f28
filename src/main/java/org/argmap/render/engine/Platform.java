package org.argmap.render.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * The operating system as the JVM names it ({@code os.name}): on Windows a program on PATH may
 * end in {@code .exe}. A value, so that the search for {@code dot} can be tested for Windows on
 * any machine.
 */
public record Platform(String osName) {

    public Platform {
        Objects.requireNonNull(osName, "osName");
    }

    /** The platform this JVM runs on. */
    public static Platform current() {
        return new Platform(System.getProperty("os.name", ""));
    }

    public boolean isWindows() {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    @Override
    public String toString() {
        return osName;
    }
}
