package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

    @ParameterizedTest
    @CsvSource({
        "Linux,      amd64,   true,  false",
        "Linux,      x86_64,  true,  false",
        "Linux,      aarch64, false, false",
        "Mac OS X,   aarch64, false, false",
        "Mac OS X,   x86_64,  false, false",
        "Windows 11, amd64,   false, true",
        "FreeBSD,    amd64,   false, false",
    })
    void classifiesOsNameAndArchitectureAsTheJvmReportsThem(String osName, String osArch, boolean linuxX86_64, boolean windows) {
        Platform platform = new Platform(osName, osArch);
        assertEquals(linuxX86_64, platform.isLinuxX86_64());
        assertEquals(windows, platform.isWindows());
    }
}
