package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The jar names the licence of everything the WebAssembly engine carries, beside the code. */
class LicenceNoticesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "viz-js.txt, Viz.js 3.31.0, MIT License",
        "graphviz.txt, Graphviz " + GraphvizWasmInstance.GRAPHVIZ_VERSION + ", Eclipse Public License 1.0 (EPL-1.0)",
        "expat.txt, Expat, MIT License",
        "chicory.txt, Chicory, 'Apache License, Version 2.0'"})
    void eachNoticeNamesItsProjectAndLicenceAndTheIndexListsIt(String file, String project, String licence) throws IOException {
        String notice = read("/META-INF/licenses/" + file);
        assertTrue(notice.startsWith(project), notice);
        assertTrue(notice.contains(licence), notice);
        assertTrue(read("/META-INF/licenses/README.txt").contains(file), "README.txt lists " + file);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LicenceNoticesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
