package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Severity;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.engine.EngineChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every option that takes a word from a known set reads it one way and refuses it with one
 * message shape, exit status 2, before any map is read; and offers the shell the words it takes.
 */
class ChoiceConverterTest {

    @TempDir
    Path dir;

    /** Stands in for a registry: a list of names and a lookup, as {@code render -f} has. */
    private final Map<String, Integer> registry = Map.of("svg", 1, "png", 2, "html", 3);
    private final ChoiceConverter<Integer> formats = new ChoiceConverter<>("format", "formats",
            () -> List.of("svg", "png", "html"), registry::get);

    @Test
    void aListedNameInAnyCaseAndPaddedReadsAsWhatItNames() {
        assertEquals(2, formats.convert(" PNG "));
        assertEquals(Direction.TB, new LayoutOptions.Directions().convert("tb"));
        assertEquals(EngineChoice.EMBEDDED, new EngineOptions.Engines().convert("Embedded"));
    }

    @Test
    void aNameOneTypoAwaySaysWhichWasMeantAndNothingElse() {
        CommandFailure failure = assertThrows(CommandFailure.class, () -> formats.convert("pgn"));
        assertEquals("unknown format 'pgn'; did you mean 'png'?", failure.getMessage());
        assertEquals(Optional.empty(), failure.hint());
    }

    @Test
    void theSuggestionIsSpeltAsListedWhateverTheCaseTyped() {
        CommandFailure failure = assertThrows(CommandFailure.class, () -> new LayoutOptions.Directions().convert("tbb"));
        assertEquals("unknown direction 'tbb'; did you mean 'TB'?", failure.getMessage());
    }

    @Test
    void aNameFarFromEveryOneListsThemAllInTheHint() {
        CommandFailure failure = assertThrows(CommandFailure.class, () -> formats.convert("  spreadsheet "));
        assertEquals("unknown format 'spreadsheet'", failure.getMessage());
        assertEquals(Optional.of("formats: svg, png, html"), failure.hint());
    }

    @Test
    void theNamesAreAskedForEachTimeSoARegistryMayGrow() {
        List<String> names = new ArrayList<>(List.of("svg"));
        ChoiceConverter<String> late = new ChoiceConverter<>("format", "formats", () -> List.copyOf(names), name -> name);
        names.add("mermaid");
        assertEquals("mermaid", late.convert("Mermaid"));
        List<String> offered = new ArrayList<>();
        late.forEach(offered::add);
        assertEquals(List.of("svg", "mermaid"), offered);
    }

    @Test
    void ruleOptionsReadBothSidesAsWordsAndOfferEveryPair() {
        CheckOptions.RuleLevels rules = new CheckOptions.RuleLevels();
        assertEquals(new CheckOptions.RuleLevel("disconnected", Optional.of(Severity.ERROR)),
                rules.convert(" Disconnected=ERROR"));
        assertEquals(new CheckOptions.RuleLevel("disconnected", Optional.empty()), rules.convert("disconnected=off"));
        List<String> offered = new ArrayList<>();
        rules.forEach(offered::add);
        assertTrue(offered.containsAll(List.of("disconnected=off", "disconnected=info", "unused-perspective=error")),
                offered::toString);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "check    | --format      | sarf                   | unknown format 'sarf'; did you mean 'sarif'?     |",
            "check    | --format      | xml                    | unknown format 'xml'                             | formats: text, json, sarif, github",
            "evaluate | --format      | jsn                    | unknown format 'jsn'; did you mean 'json'?       |",
            "evaluate | --format      | sarif                  | unknown format 'sarif'                           | formats: text, json",
            "render   | --engine      | nativ                  | unknown engine 'nativ'; did you mean 'native'?   |",
            "render   | --engine      | graal                  | unknown engine 'graal'                           | engines: auto, native, embedded",
            "render   | --direction   | up                     | unknown direction 'up'                           | directions: LR, RL, TB, BT",
            "render   | --labels      | titles                 | unknown labels value 'titles'; did you mean 'title'? |",
            "render   | --theme       | drak                   | unknown theme 'drak'; did you mean 'dark'?       |",
            "check    | --rule        | dangling-refrence=off  | unknown rule 'dangling-refrence'; did you mean 'dangling-reference'? |",
            "render   | --rule        | disconnected=warn      | unknown level 'warn'                             | levels: off, info, warning, error",
            "evaluate | --rule        | disconnected=errors    | unknown level 'errors'; did you mean 'error'?    |",
            "check    | --time-budget | soon                   | --time-budget takes a number of seconds, not 'soon' | e.g. --time-budget 0.5 for half a second, or 0 for no limit"})
    void aRefusedValueStopsTheCommandWithOneMessageShape(String command, String option, String value, String message,
                                                        String hint) {
        Path missing = dir.resolve("not-read.yaml");
        CliRun run = CliRun.of(command, option, value, missing.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("argmap: " + message + "\n" + (hint == null ? "" : "  hint: " + hint + "\n"), run.err(),
                "the message alone, without the usage; the missing map is never looked for");
        assertEquals("", run.out(), run::all);
    }

    @Test
    void theReadmeShowsBothShapesAsTheyArePrinted() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String theme : List.of("drak", "sepia")) {
            CliRun run = CliRun.of("render", "--theme", theme, dir.resolve("m.yaml").toString());
            assertTrue(readme.contains("```\n" + run.err() + "```\n"), run::all);
        }
    }
}
