package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Every machine with Java 17 draws with nothing installed. What can be shown on this one: argmap in
 * a child JVM that is told it runs on macOS on ARM or on Windows ({@code os.name}, {@code os.arch},
 * which argmap and its libraries read to choose platform code), with an empty PATH so that no
 * Graphviz can be found, draws the essay map with {@code --engine auto} falling back to the
 * embedded engine.
 */
class OtherPlatformsRenderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Mac OS X, aarch64", "Windows 10, amd64"})
    void essayIsDrawnWithNothingInstalled(String osName, String osArch) throws Exception {
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dos.name=" + osName, "-Dos.arch=" + osArch,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "render", "-o", out.toString(), CheckCommandTest.ESSAY_MAP.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        child.environment().put("PATH", "");
        Process process = child.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "child JVM did not finish");
        String printed = Files.readString(log);
        assertEquals(0, process.exitValue(), printed);
        Path svg = out.resolve("st-petersburg-bombing.svg");
        assertTrue(printed.contains("wrote " + svg + " (embedded engine)"), printed);

        String text = Files.readString(svg);
        assertTrue(text.contains("<!-- argmap: engine=embedded graphviz=16.1.0 dot-sha256="), "stamped by the embedded engine");
        Document document = parse(text);
        assertEquals("svg", document.getDocumentElement().getNodeName());
        String drawn = document.getDocumentElement().getTextContent();
        assertTrue(drawn.contains("Common enemy, separate fights"), "the thesis's title is drawn");
        // the text is wrapped into lines, one <text> each
        assertTrue(drawn.contains("The bombing will bring no change"), "the thesis's text is drawn");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
