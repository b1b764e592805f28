package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.load.MapLoader;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.DiagramOptions.LabelMode;
import org.argmap.render.DiagramOptions.Theme;
import org.argmap.render.DotRenderer;
import org.argmap.render.engine.ExecutableSearch;
import org.argmap.render.engine.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class RenderCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void essayMapIsDrawnWithTheEmbeddedEngine() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.withRealEngines("render", "--engine", "embedded", "-o", out.toString(),
                CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        Path svg = out.resolve("st-petersburg-bombing.svg");
        assertTrue(run.out().contains("wrote " + svg + " (embedded engine)"), run::all);
        String text = Files.readString(svg);
        Document doc = parseXml(text);
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(text.contains("Shared threat") && text.contains("Mutual distrust"), "both perspectives are drawn");
        // Graphviz writes '-' in ids as a character reference; the parsed document has the plain id
        var ids = javax.xml.xpath.XPathFactory.newInstance().newXPath()
                .evaluate("count(//*[@id='statement-separate-fights'])", doc);
        assertEquals("1", ids, "statement ids become element ids");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void mapWithErrorsIsNotDrawnAndItsEarlierDiagramStays() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID.replace("supports: separate-fights", "supports: nowhere"));
        Path out = dir.resolve("out");
        Path earlier = write("out/m.svg", "<svg>earlier</svg>");
        byte[] before = Files.readAllBytes(earlier);
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[dangling-reference]"), run::all);
        assertTrue(run.out().contains("not drawn: " + map), run::all);
        assertArrayEquals(before, Files.readAllBytes(earlier));
    }

    @Test
    void goodMapsAreDrawnEvenWhenAnotherHasErrors() throws IOException {
        Path good = write("maps/good.yaml", CheckCommandTest.VALID);
        Path bad = write("maps/bad.yaml", CheckCommandTest.VALID.replace("kind: thesis", "kind: premise"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), good.toString(), bad.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(Files.exists(out.resolve("good.svg")));
        assertFalse(Files.exists(out.resolve("bad.svg")));
    }

    @Test
    void outputThatIsAFileSaysSoBeforeReadingAnyMap() throws IOException {
        Path map = write("essay.yaml", CheckCommandTest.VALID);
        Path file = write("diagrams", "a file, not a folder");
        CliRun run = CliRun.of("render", "-o", file.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("", run.out(), run::all);
        assertEquals("argmap: -o " + file + " is a file, not a folder\n"
                + "  hint: -o names the folder the diagrams go to, e.g. -o diagrams\n", run.err());
        CliRun below = CliRun.of("render", "-o", file.resolve("svg").toString(), map.toString());
        assertTrue(below.err().startsWith("argmap: -o " + file.resolve("svg") + ": " + file + " is a file, not a folder\n"),
                below::all);
    }

    @Test
    void unknownEngineIsAUsageError() throws IOException {
        CliRun run = CliRun.of("render", "--engine", "graal", write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("unknown engine 'graal'"), run::all);
    }

    @Test
    void nativeEngineWithoutDotExitsTwoWithInstallHelp() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "native", "-o", out.toString(), write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().toLowerCase().contains("install"), run::all);
        assertFalse(Files.exists(out.resolve("m.svg")));
        assertFalse(run.all().contains("\tat "), run::all);
    }

    @Test
    void twoMapsWithTheSameNameAreRefused() throws IOException {
        Path a = write("a/m.yaml", CheckCommandTest.VALID);
        Path b = write("b/m.yaml", CheckCommandTest.VALID);
        CliRun run = CliRun.of("render", "-o", dir.resolve("out").toString(), a.toString(), b.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("would be drawn to"), run::all);
    }

    @Test
    void missingEngineDoesNotHideTheFindingsOfABrokenMap() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID.replace("supports: separate-fights", "supports: nowhere"));
        CliRun run = CliRun.of("render", "--engine", "native", "-o", dir.resolve("out").toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[dangling-reference]"), run::all);
    }

    // Determinism: the same map and engine give the same bytes, in any process, on any machine.

    /** The embedded engine runs everywhere; native Graphviz only where {@code dot} is on PATH. */
    private static void assumeEngine(String engine) {
        if (engine.equals("native")) {
            assumeTrue(ExecutableSearch.findOnPath("dot", Platform.current()).isPresent(), "no native dot on PATH");
        }
    }

    private Path renderEssay(String engine, String folder) {
        Path out = dir.resolve(folder);
        CliRun run = CliRun.withRealEngines("render", "--engine", engine, "-o", out.toString(), CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        return out.resolve("st-petersburg-bombing.svg");
    }

    /** The essay map drawn once per engine by this JVM, shared by the tests below to spare engine starts. */
    private static final Map<String, byte[]> ESSAY_DRAWN_HERE = new java.util.concurrent.ConcurrentHashMap<>();

    private byte[] essayDrawnHere(String engine) {
        return ESSAY_DRAWN_HERE.computeIfAbsent(engine, e -> {
            try {
                return Files.readAllBytes(renderEssay(e, "shared-" + e));
            } catch (IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        });
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"embedded", "native"})
    void twoRendersInOneJvmAreByteIdentical(String engine) throws IOException {
        assumeEngine(engine);
        byte[] first = essayDrawnHere(engine);
        assertArrayEquals(first, Files.readAllBytes(renderEssay(engine, "again")));
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"embedded", "native"})
    void renderInAFreshJvmIsByteIdenticalToOneInThisJvm(String engine) throws Exception {
        assumeEngine(engine);
        Path there = dir.resolve("there");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "render", "--engine", engine, "-o", there.toString(), CheckCommandTest.ESSAY_MAP.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(0, child.exitValue(), () -> readQuietly(log));
        assertArrayEquals(essayDrawnHere(engine), Files.readAllBytes(there.resolve("st-petersburg-bombing.svg")));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Test
    void diagramHoldsNothingOfThisMachineOrRunButNamesItsEngine() {
        String svg = new String(essayDrawnHere("embedded"), StandardCharsets.UTF_8);
        for (String local : new String[] {dir.toString(), Path.of("").toAbsolutePath().toString(),
                System.getProperty("user.home"), System.getProperty("java.io.tmpdir"), "maps/", ".yaml"}) {
            assertFalse(svg.contains(local), "the diagram contains '" + local + "'");
        }
        assertTrue(svg.contains("<!-- argmap: engine=embedded graphviz=16.1.0 dot-sha256="), "the diagram says which engine drew it");
    }

    // render --check

    /** Every file below the folder with its bytes and modification time: equal snapshots mean nothing was written. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String key = dir.relativize(path).toString();
                if (Files.isRegularFile(path)) {
                    FileTime modified = Files.getLastModifiedTime(path);
                    files.put(key, modified + " " + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
                } else {
                    files.put(key + "/", "folder");
                }
            }
        }
        return files;
    }

    private CliRun checkWritingNothing(String... args) throws IOException {
        Map<String, String> before = snapshot();
        CliRun run = CliRun.of(args);
        assertEquals(before, snapshot(), "render --check changed files");
        return run;
    }

    @Test
    void checkRightAfterRenderExitsZeroNamesTheEngineAndWritesNothing() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "-o", out.toString(), map.toString()).status());

        CliRun run = checkWritingNothing("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("1 diagram checked, redrawn by the "), run::all);
        assertTrue(run.out().contains(" engine: current"), run::all);
        assertFalse(run.out().contains("stale") || run.out().contains("missing"), run::all);
    }

    @Test
    void checkAfterEditingTheMapReportsTheDiagramStaleAndWritesNothing() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "--engine", "embedded", "-o", out.toString(), map.toString()).status());
        write("maps/m.yaml", CheckCommandTest.VALID.replace("runs too deep", "runs deep"));

        CliRun run = checkWritingNothing("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("stale: " + out.resolve("m.svg") + " (" + map + " changed since it was drawn, or its drawing settings did;"
                + " run: argmap render --engine embedded -o " + out + " " + map + ")"), run::all);
        assertTrue(run.out().contains("1 diagram checked, redrawn by the embedded engine: 1 stale"), run::all);
    }

    @Test
    void checkAfterDeletingADiagramReportsItMissingAndWritesNothing() throws IOException {
        Path kept = write("maps/kept.yaml", CheckCommandTest.VALID);
        Path deleted = write("maps/deleted.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "--engine", "embedded", "-o", out.toString(), dir.resolve("maps").toString()).status());
        Files.delete(out.resolve("deleted.svg"));

        CliRun run = checkWritingNothing("render", "--check", "-o", out.toString(), dir.resolve("maps").toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("missing: " + out.resolve("deleted.svg") + " (run: argmap render -o " + out + " " + deleted + ")"), run::all);
        assertFalse(run.out().contains(out.resolve("kept.svg").toString()), "the current diagram is not listed: " + run.out());
        assertTrue(run.out().contains("2 diagrams checked, redrawn by the embedded engine: 1 missing"), run::all);
        assertTrue(Files.exists(kept));
    }

    @Test
    void checkWithoutAnOutputFolderReportsEveryDiagramMissingAndCreatesNothing() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("never");
        CliRun run = checkWritingNothing("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("missing: " + out.resolve("m.svg")), run::all);
        assertFalse(Files.exists(out));
    }

    @Test
    void checkOfAMapWithErrorsPrintsItsFindingsAndExitsOne() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID.replace("supports: separate-fights", "supports: nowhere"));
        write("out/m.svg", "<svg>earlier</svg>");
        CliRun run = checkWritingNothing("render", "--check", "-o", dir.resolve("out").toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[dangling-reference]"), run::all);
        assertTrue(run.out().contains("not checked: " + map + " has errors"), run::all);
    }

    @Test
    void checkOfADiagramWithoutStampReportsItStaleWithoutDrawing() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID);
        write("out/m.svg", "<svg>drawn by hand</svg>");
        CliRun run = checkWritingNothing("render", "--check", "--engine", "native", "-o", dir.resolve("out").toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("stale: " + dir.resolve("out/m.svg") + " (it has no argmap stamp"), run::all);
        assertTrue(run.out().contains("1 diagram checked: 1 stale"), "no engine was needed: " + run.out());
    }

    @Test
    void checkOfADiagramDrawnByAnEngineThatIsNotHereComparesWithTheOtherAndSaysSo() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "-o", out.toString(), map.toString()).status());
        Path svg = out.resolve("m.svg");
        write("out/m.svg", Files.readString(svg).replace("<!-- argmap: engine=embedded ", "<!-- argmap: engine=native "));

        CliRun run = checkWritingNothing("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("stale: " + svg + " (drawn by the native engine; the embedded engine"), run::all);
        assertTrue(run.out().contains("note: the native engine is not available here"), run::all);
    }

    // -f: formats

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void svgAndPngAreWrittenTogetherAndTheSvgIsTheDefaultOne() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.withRealEngines("render", "-f", "svg,png", "--engine", "embedded", "-o", out.toString(),
                CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertArrayEquals(essayDrawnHere("embedded"), Files.readAllBytes(out.resolve("st-petersburg-bombing.svg")));
        byte[] png = Files.readAllBytes(out.resolve("st-petersburg-bombing.png"));
        assertArrayEquals(PNG_MAGIC, java.util.Arrays.copyOf(png, 8));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        // the SVG is 1937 points wide: 96/72 pixels per point at scale 1
        assertEquals(2583, image.getWidth(), 1);
        assertTrue(run.out().contains("wrote " + out.resolve("st-petersburg-bombing.png") + " (embedded engine)"), run::all);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count(), "svg and png, no temporary file");
        }
    }

    @Test
    void pdfAloneIsWrittenWithTheThesisAsText() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.withRealEngines("render", "-f", "pdf", "-o", out.toString(), CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        byte[] pdf = Files.readAllBytes(out.resolve("st-petersburg-bombing.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Common enemy, separate fights"), text);
        assertTrue(text.contains("but they will go on fighting it separately"), text);
        assertFalse(Files.exists(out.resolve("st-petersburg-bombing.svg")), "only what was asked for");
        assertFalse(run.out().contains("note:"), "the essay's words are all in the standard fonts: " + run.out());
    }

    @Test
    void dotAndHtmlAreWrittenAndDotNeedsNoEngine() throws Exception {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID.replace("Distrust runs too deep.",
                "\"Distrust <script>alert(1)</script> & 'doubt'\""));
        Path out = dir.resolve("out");
        // native dot may be missing: the DOT text is argmap's own, no engine is started for it
        CliRun dot = CliRun.of("render", "-f", "dot", "--engine", "native", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, dot.status(), dot::all);
        assertTrue(Files.readString(out.resolve("m.dot")).startsWith("digraph"));
        assertTrue(dot.out().contains("wrote " + out.resolve("m.dot") + "\n"), dot::all);

        CliRun html = CliRun.of("render", "-f", "html", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, html.status(), html::all);
        String page = Files.readString(out.resolve("m.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("<script"), "user text is escaped");
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
        assertTrue(document.text().contains("Distrust <script>alert(1)</script> & 'doubt'"), document.text());
        assertTrue(document.text().contains("They will keep fighting separately."), document.text());
        assertEquals(1, document.select("#diagram svg").size());
    }

    @Test
    void unknownFormatExitsTwoWithTheClosestName() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "-f", "svg,pgn", "-o", out.toString(), write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("unknown format 'pgn'"), run::all);
        assertTrue(run.err().contains("did you mean 'png'?"), run::all);
        assertFalse(Files.exists(out));
    }

    @Test
    void scaleWithoutPngIsAUsageError() throws IOException {
        CliRun run = CliRun.of("render", "--scale", "2", "-o", dir.resolve("out").toString(),
                write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("-f svg,png --scale 2"), run::all);
    }

    @Test
    void failureInAnyFormatWritesNothingAtAll() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        Path earlier = write("out/m.svg", "<svg>earlier</svg>");
        // the essay at scale 8 is far over the PNG size limit; the small map is drawn first
        CliRun run = CliRun.of("render", "-f", "svg,png", "--scale", "8", "-o", out.toString(),
                map.toString(), CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("cannot make " + out.resolve("st-petersburg-bombing.png")), run::all);
        assertTrue(run.err().contains("--scale"), run::all);
        assertEquals("<svg>earlier</svg>", Files.readString(earlier));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(earlier), files.toList(), "nothing new and no temporary file");
        }
    }

    @Test
    void checkComparesEveryFormatButPngWhichItNamesAsNotChecked() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        String formats = "svg,png,pdf,dot,html";
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "-f", formats, "-o", out.toString(), map.toString()).status());

        CliRun current = checkWritingNothing("render", "--check", "-f", formats, "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, current.status(), current::all);
        assertTrue(current.out().contains("not checked: " + out.resolve("m.png") + " (" + "its pixels depend on the fonts installed where it is drawn" + ")"),
                current::all);
        assertTrue(current.out().contains("4 files checked, redrawn by the embedded engine: all current"), current::all);

        write("maps/m.yaml", CheckCommandTest.VALID.replace("runs too deep", "runs deep"));
        CliRun stale = checkWritingNothing("render", "--check", "-f", formats, "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, stale.status(), stale::all);
        for (String ext : List.of("svg", "pdf", "dot", "html")) {
            assertTrue(stale.out().contains("stale: " + out.resolve("m." + ext) + " ("), ext + ": " + stale.out());
        }
        assertTrue(stale.out().contains("stale: " + out.resolve("m.pdf") + " (" + map + " or argmap changed since it was written;"
                + " run: argmap render -f pdf --engine embedded -o " + out + " " + map + ")"), stale::all);
        assertTrue(stale.out().contains("stale: " + out.resolve("m.dot") + " (" + map + " or argmap changed since it was written;"
                + " run: argmap render -f dot -o " + out + " " + map + ")"), stale::all);
        assertTrue(stale.out().contains("4 files checked, redrawn by the embedded engine: 4 stale"), stale::all);
    }

    @Test
    void checkSaysWhenAPageIsStaleThoughItsDrawingIsNot() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "-f", "svg,html", "-o", out.toString(), map.toString()).status());
        // a finding is on the page, not in the diagram (notes and quotes are in both: as hover text)
        write("maps/m.yaml", CheckCommandTest.VALID.replace("statements:", "perspectives:\n  unused: {label: Unused}\nstatements:"));
        CliRun run = checkWritingNothing("render", "--check", "-f", "svg,html", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("stale: " + out.resolve("m.html") + " (" + map + " is drawn the same, but the page"
                + " differs: quotes, notes, findings or argmap changed;"), run::all);
        assertFalse(run.out().contains(out.resolve("m.svg").toString()), "the diagram is current: " + run.out());
    }

    @Test
    void checkOfAFormatNotWrittenReportsItMissing() throws IOException {
        Path map = write("maps/m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "-o", out.toString(), map.toString()).status());
        CliRun run = checkWritingNothing("render", "--check", "-f", "svg,html", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("missing: " + out.resolve("m.html") + " (run: argmap render -f html -o " + out + " "
                + map + ")"), run::all);
        assertTrue(run.out().contains("2 files checked, redrawn by the embedded engine: 1 missing"), run::all);
    }

    @Test
    void committedDiagramsOfThisProjectAreCurrent() {
        // what CI runs: output/ is drawn by the embedded engine, which every build has on every platform
        CliRun run = CliRun.withRealEngines("render", "--check", "maps/");
        assertEquals(ExitStatus.CLEAN, run.status(), () -> run.all()
                + "\nredraw them with: java -jar target/argmap.jar render --engine embedded maps/");
    }

    // views: --perspective, --focus, --depth

    static final String SIDES = """
            argmap: 1
            perspectives:
              left: {label: Left side}
              right: {label: Right side}
            statements:
              thesis: {kind: thesis, text: The thesis.}
              for-it: {perspective: left, text: A reason for it., supports: thesis}
              backing: {perspective: left, text: Backing for the reason., supports: for-it}
              against-it: {perspective: right, text: A reason against it., attacks: thesis}
              answer: {perspective: left, text: An answer to the reason against., attacks: against-it}
            """;

    @Test
    void perspectiveViewIsDrawnBesideTheWholeDiagramAndSaysWhatItLeftOut() throws Exception {
        Path map = write("maps/m.yaml", SIDES);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "--engine", "embedded", "-o", out.toString(), map.toString()).status());
        byte[] whole = Files.readAllBytes(out.resolve("m.svg"));

        CliRun run = CliRun.of("render", "--engine", "embedded", "--perspective", "right", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        Path view = out.resolve("m--perspective-right.svg");
        assertTrue(run.out().contains("view of " + map + " (perspective 'right'): 2 of 5 statements shown;"
                + " left out: 3 statements (for-it, backing, answer)\n"), run::all);
        assertTrue(run.out().contains("wrote " + view + " (embedded engine)"), run::all);
        assertArrayEquals(whole, Files.readAllBytes(out.resolve("m.svg")), "the whole diagram is untouched");
        String svg = Files.readString(view);
        parseXml(svg);
        assertTrue(svg.contains("Partial view: perspective \u201cRight side\u201d and the thesis"), svg);
        assertTrue(svg.contains("Not shown: 3 statements"), svg);
        assertTrue(svg.contains("+1 link not shown"), "the thesis and against-it are marked: " + svg);
        assertFalse(svg.contains("A reason for it."), "a left-out statement is not drawn");
    }

    @Test
    void focusViewFileIsNamedAfterTheClaimAndTheDepthWhichDefaultsToOne() throws IOException {
        Path map = write("m.yaml", SIDES);
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("render", "--engine", "embedded", "--focus", "for-it", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, first.status(), first::all);
        assertTrue(first.out().contains("(focus on 'for-it', depth 1): 3 of 5 statements shown;"
                + " left out: 2 statements (against-it, answer)"), first::all);
        CliRun second = CliRun.of("render", "--engine", "embedded", "--focus", "for-it", "--depth", "0", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, second.status(), second::all);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(java.util.List.of("m--focus-for-it-0.svg", "m--focus-for-it-1.svg"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void unknownPerspectiveExitsTwoWithASuggestionAndDrawsNothing() throws IOException {
        Path map = write("m.yaml", SIDES);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--perspective", "rigth", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains(map + " has no perspective 'rigth'"), run::all);
        assertTrue(run.err().contains("did you mean 'right'?"), run::all);
    }

    // layout: --direction, --labels, --wrap and the map's render: section

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--direction | up     | unknown direction 'up'",
            "--labels    | titles | unknown labels value 'titles'; did you mean 'title'?",
            "--wrap      | 5      | --wrap 5 is outside 12 to 120",
            "--wrap      | 121    | --wrap 121 is outside 12 to 120",
            "--wrap      | wide   | 'wide' is not an int"})
    void badLayoutValueExitsTwoNamingWhatIsAcceptedAndDrawsNothing(String option, String value, String message)
            throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", option, value, "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains(message), run::all);
        assertEquals("", run.out(), "the maps are not even read");
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownFocusExitsTwoWithASuggestionOrTheIdsThereAre() throws IOException {
        Path map = write("m.yaml", SIDES);
        CliRun typo = CliRun.of("render", "--focus", "baking", "-o", dir.resolve("out").toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, typo.status(), typo::all);
        assertTrue(typo.err().contains(map + " has no statement or argument 'baking'"), typo::all);
        assertTrue(typo.err().contains("did you mean 'backing'?"), typo::all);

        CliRun unlike = CliRun.of("render", "--focus", "zzz", "-o", dir.resolve("out").toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, unlike.status(), unlike::all);
        assertTrue(unlike.err().contains("it has thesis, for-it, backing, against-it, answer"), unlike::all);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void viewNamingAnIdThatOneOfSeveralMapsLacksDrawsNoMap() throws IOException {
        Path with = write("maps/a.yaml", SIDES);
        Path without = write("maps/b.yaml", CheckCommandTest.VALID);
        CliRun run = CliRun.of("render", "--perspective", "left", "-o", dir.resolve("out").toString(),
                with.toString(), without.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains(without + " has no perspective 'left'"), run::all);
        assertTrue(run.err().contains("the map has no perspective to draw on its own"), run::all);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--perspective left --focus thesis", "--depth 2", "--focus thesis --depth -1"})
    void viewOptionsThatMakeNoSenseTogetherAreAUsageError(String options) throws IOException {
        Path map = write("m.yaml", SIDES);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("render", "-o", dir.resolve("out").toString()));
        args.addAll(java.util.List.of(options.split(" ")));
        args.add(map.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().startsWith("argmap: --"), run::all);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void perspectiveViewOfTheEssayMapShowsOneSideAndTheThesis() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "--perspective", "shared-threat", "-o", out.toString(),
                CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("view of " + CheckCommandTest.ESSAY_MAP + " (perspective 'shared-threat'):"
                + " 12 of 28 statements and 5 of 11 arguments shown; left out: 16 statements (distrust, no-love,"
                + " accountability, human-rights, loud-condemnation, condolence-is-not-partnership, ...) and 6 arguments"
                + " (condolence-not-partnership, haley-before, as-after-9-11, beslan-pattern, so-soon-after,"
                + " conditional-partnership)"), run::all);
        String svg = Files.readString(out.resolve("st-petersburg-bombing--perspective-shared-threat.svg"));
        assertTrue(svg.contains("Partial view: perspective \u201cShared threat\u201d and the thesis"), "the note");
        assertFalse(svg.contains("Mutual distrust"), "the other side's band is not drawn");
    }

    @Test
    void checkOfAViewComparesTheViewsFileAndNamesTheViewInItsCommand() throws IOException {
        Path map = write("maps/m.yaml", SIDES);
        Path out = dir.resolve("out");
        CliRun missing = checkWritingNothing("render", "--check", "--focus", "answer", "--depth", "2", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, missing.status(), missing::all);
        assertTrue(missing.out().contains("missing: " + out.resolve("m--focus-answer-2.svg")
                + " (run: argmap render --focus answer --depth 2 -o " + out + " " + map + ")"), missing::all);

        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "--focus", "answer", "--depth", "2", "-o", out.toString(), map.toString()).status());
        CliRun current = checkWritingNothing("render", "--check", "--focus", "answer", "--depth", "2", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, current.status(), current::all);
        assertTrue(current.out().contains("1 diagram checked, redrawn by the "), current::all);
        CliRun otherDepth = checkWritingNothing("render", "--check", "--focus", "answer", "-o", out.toString(), map.toString());
        assertTrue(otherDepth.out().contains("missing: " + out.resolve("m--focus-answer-1.svg")), otherDepth::all);
        CliRun whole = checkWritingNothing("render", "--check", "-o", out.toString(), map.toString());
        assertTrue(whole.out().contains("missing: " + out.resolve("m.svg")), "the view is not the whole diagram: " + whole.out());
    }

    @Test
    void misspeltLayoutWordGetsDidYouMean() throws IOException {
        CliRun run = CliRun.of("render", "--labels", "titel", write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("did you mean 'title'?"), run::all);
    }

    /** The DOT a diagram was drawn from, as its stamp records it. */
    private static String drawnFrom(Path svg) throws IOException {
        return DrawingStamp.readFrom(Files.readString(svg)).orElseThrow().dotSha256();
    }

    private static String dotOf(Path map, DiagramOptions options) throws IOException {
        ArgumentMap loaded = new MapLoader().load(map).map().orElseThrow();
        return DrawingStamp.of("embedded", java.util.Optional.empty(), new DotRenderer(options).render(loaded)).dotSha256();
    }

    @Test
    void directionOptionDrawsTheMapThatWay() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "--direction", "TB", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        DiagramOptions topDown = DiagramOptions.DEFAULT.withDirection(Direction.TB);
        assertEquals(dotOf(map, topDown), drawnFrom(out.resolve("m.svg")));
        assertFalse(dotOf(map, topDown).equals(dotOf(map, DiagramOptions.DEFAULT)));
    }

    @Test
    void mapRenderSectionIsAppliedAndTheCommandLineWinsOverItOptionByOption() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID + "render:\n  direction: TB\n  labels: title\n  wrap: 30\n");
        DiagramOptions fromMap = new DiagramOptions(Direction.TB, LabelMode.TITLE, 30, Theme.LIGHT);

        Path plain = dir.resolve("plain");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "--engine", "embedded", "-o", plain.toString(), map.toString()).status());
        assertEquals(dotOf(map, fromMap), drawnFrom(plain.resolve("m.svg")));

        Path overridden = dir.resolve("overridden");
        CliRun run = CliRun.of("render", "--engine", "embedded", "--direction", "rl", "--wrap", "20",
                "-o", overridden.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(dotOf(map, fromMap.withDirection(Direction.RL).withWrapColumns(20)),
                drawnFrom(overridden.resolve("m.svg")));
    }

    @Test
    void checkDrawsWithTheSameLayoutOptionsAndRepeatsThemInTheCommandItSuggests() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID);
        Path out = dir.resolve("out");
        assertEquals(ExitStatus.CLEAN, CliRun.of("render", "--engine", "embedded", "--direction", "TB", "--labels", "text",
                "-o", out.toString(), map.toString()).status());

        CliRun same = checkWritingNothing("render", "--check", "--direction", "tb", "--labels", "TEXT", "-o", out.toString(),
                map.toString());
        assertEquals(ExitStatus.CLEAN, same.status(), same::all);

        CliRun other = checkWritingNothing("render", "--check", "--labels", "text", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, other.status(), other::all);
        assertTrue(other.out().contains("run: argmap render --engine embedded --labels text -o " + out + " " + map),
                other::all);
    }
}
