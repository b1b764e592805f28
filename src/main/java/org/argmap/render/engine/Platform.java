package org.argmap.render.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * The operating system and processor as the JVM names them ({@code os.name}, {@code os.arch}).
 * A value, so that engine selection can be tested for platforms other than the one running.
 */
public record Platform(String osName, String osArch) {

    public Platform {
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(osArch, "osArch");
    }

    /** The platform this JVM runs on. */
    public static Platform current() {
        return new Platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    public boolean isWindows() {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Linux on x86-64, the only platform the embedded engine's native library is bundled for. */
    public boolean isLinuxX86_64() {
        String arch = osArch.toLowerCase(Locale.ROOT);
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    @Override
    public String toString() {
        return osName + " " + osArch;
    }
}
