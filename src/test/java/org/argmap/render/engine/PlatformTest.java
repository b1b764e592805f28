package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

    @ParameterizedTest
    @CsvSource({
        "Linux,      false",
        "Mac OS X,   false",
        "Windows 11, true",
        "Windows 10, true",
        "FreeBSD,    false",
    })
    void tellsWindowsByTheOsNameTheJvmReports(String osName, boolean windows) {
        assertEquals(windows, new Platform(osName).isWindows());
    }
}
