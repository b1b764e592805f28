package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.argmap.fixtures.Chromium;
import org.argmap.fixtures.ChromiumPage;
import org.argmap.render.engine.EngineSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authoring loop end to end, in a real browser: {@code argmap preview} on a free port, its page
 * open in headless Chromium, the map edited on disk as an editor would. The page must show the
 * change by itself and keep the reader's pan and zoom; a broken map must show its error beside the
 * last good diagram. It takes screenshots of the page as it opens ({@code target/preview-start.png};
 * with {@code -Dargmap.screenshot=docs/images/preview.png} also the README's picture) and with the
 * error ({@code target/preview-broken.png}).
 */
class PreviewBrowserTest {

    private static final Path ESSAY = Path.of("maps/st-petersburg-bombing.yaml");
    private static final Duration PATIENCE = LiveRun.PATIENCE;

    @TempDir
    Path dir;

    /** A script giving the text of the first element {@code selector} matches; "" until the page has one. */
    private static String textOf(String selector) {
        return "(document.querySelector('" + selector + "') || {textContent: ''}).textContent";
    }

    @Test
    void thePageFollowsEditsKeepsItsZoomAndShowsErrorsBesideTheLastGoodDiagram() throws Exception {
        Chromium chromium = Chromium.require();
        Path map = dir.resolve("st-petersburg-bombing.yaml");
        String essay = Files.readString(ESSAY, StandardCharsets.UTF_8);
        Files.writeString(map, essay, StandardCharsets.UTF_8);
        try (LiveRun run = LiveRun.start(EngineSelector.forThisProcess(), "preview", "--engine", "embedded", map.toString())) {
            URI address = PreviewCommandTest.address(run);
            try (ChromiumPage page = ChromiumPage.open(chromium, address, 1400, 860)) {
                page.await("the diagram", textOf("#canvas"),
                        text -> text.asText().contains("Trump phones Putin"), PATIENCE);
                page.await("the status", textOf("#status"),
                        text -> text.asText().equals("up to date"), PATIENCE);

                page.screenshot(Path.of("target/preview-start.png"));
                String keep = System.getProperty("argmap.screenshot");
                if (keep != null && !keep.isBlank()) {
                    page.screenshot(Path.of(keep));
                }

                // a control: the server draws the map again with its evaluation, and the table appears
                page.evaluate("const box = document.querySelector('input[name=evaluate]'); box.checked = true;"
                        + " box.dispatchEvent(new Event('change', {bubbles: true}))");
                page.await("the evaluation table", "document.querySelectorAll('#evaluation:not([hidden]) tbody tr').length",
                        rows -> rows.asInt() > 20, PATIENCE);
                assertTrue(page.text("#evaluation").contains("accepted"), page.text("#evaluation"));

                page.evaluate("document.getElementById('zoom-in').click(); document.getElementById('zoom-in').click()");
                String zoomed = page.evaluate("document.getElementById('canvas').style.transform").asText();
                long before = page.evaluate("Number(document.body.dataset.generation)").asLong();

                Files.writeString(map, essay.replace("title: Trump phones Putin", "title: Trump phones Zanzibar"),
                        StandardCharsets.UTF_8);
                page.await("the edit", textOf("#canvas"),
                        text -> text.asText().contains("Trump phones Zanzibar"), PATIENCE);
                assertTrue(page.evaluate("Number(document.body.dataset.generation)").asLong() > before);
                assertEquals(zoomed, page.evaluate("document.getElementById('canvas').style.transform").asText(),
                        "a save keeps the reader's pan and zoom");

                Files.writeString(map, essay.replace("title: Trump phones Putin",
                        "title: Trump phones Zanzibar\n    supports: no-such-claim"), StandardCharsets.UTF_8);
                page.await("the error", textOf("#findings"),
                        text -> text.asText().contains("'no-such-claim' is not a statement or argument of this map"),
                        PATIENCE);
                assertTrue(page.text("#status").contains("1 error · showing the last good diagram"), page.text("#status"));
                assertTrue(page.text("#canvas").contains("Trump phones Zanzibar"), "the last good diagram stays");

                page.evaluate("document.querySelector('.finding.error button').click()");
                JsonNode source = page.await("the finding's source line", "document.querySelector('.finding.error pre')"
                        + " && !document.querySelector('.finding.error pre').hidden"
                        + " && document.querySelector('.finding.error pre').textContent", text -> text.isTextual(), PATIENCE);
                assertTrue(source.asText().contains("supports: no-such-claim") && source.asText().endsWith("^"), source.asText());

                page.screenshot(Path.of("target/preview-broken.png"));
            }
            assertEquals(ExitStatus.CLEAN, run.stop());
        }
    }
}
