package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.load.MapLoader;
import org.argmap.model.Location;
import org.argmap.model.RenderSettings;
import org.argmap.model.Text;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.DiagramOptions.LabelMode;
import org.argmap.render.DiagramOptions.Theme;
import org.junit.jupiter.api.Test;

class DiagramChoicesTest {

    private static final Location AT = Location.at("m.yaml", 1, 1);

    private static RenderSettings section(String direction, String labels, Integer wrap, String theme) {
        return new RenderSettings(word(direction), word(labels),
                Optional.ofNullable(wrap).map(columns -> new RenderSettings.Wrap(columns, AT)), word(theme), Optional.empty());
    }

    private static Optional<Text> word(String value) {
        return Optional.ofNullable(value).map(v -> new Text(v, AT));
    }

    private static DiagramChoices commandLine(Direction direction, LabelMode labels, Integer wrap) {
        return new DiagramChoices(Optional.ofNullable(direction), Optional.ofNullable(labels), Optional.ofNullable(wrap),
                Optional.empty(), Optional.empty());
    }

    @Test
    void nothingChosenAnywhereDrawsWithTheDefaults() {
        assertEquals(DiagramOptions.DEFAULT, DiagramChoices.resolve(DiagramChoices.NONE, RenderSettings.NONE));
    }

    @Test
    void mapSectionReplacesTheDefaults() {
        assertEquals(new DiagramOptions(Direction.TB, LabelMode.TITLE, 30, Theme.DARK),
                DiagramChoices.resolve(DiagramChoices.NONE, section("TB", "title", 30, "dark")));
        assertEquals(DiagramOptions.DEFAULT.withWrapColumns(50),
                DiagramChoices.resolve(DiagramChoices.NONE, section(null, null, 50, null)));
    }

    @Test
    void commandLineWinsOverTheMapOptionByOption() {
        RenderSettings map = section("TB", "title", 30, "print");
        assertEquals(new DiagramOptions(Direction.RL, LabelMode.TITLE, 30, Theme.PRINT),
                DiagramChoices.resolve(commandLine(Direction.RL, null, null), map));
        assertEquals(new DiagramOptions(Direction.TB, LabelMode.TEXT, 20, Theme.PRINT),
                DiagramChoices.resolve(commandLine(null, LabelMode.TEXT, 20), map));
        assertEquals(new DiagramOptions(Direction.BT, LabelMode.BOTH, 36, Theme.LIGHT),
                DiagramChoices.resolve(commandLine(Direction.BT, LabelMode.BOTH, null), RenderSettings.NONE));
    }

    @Test
    void exampleSectionOfTheFormatDocsResolvesToItsOptions() {
        RenderSettings loaded = new MapLoader().load("m.yaml", """
                argmap: 1
                statements:
                  t: {kind: thesis, text: T.}
                render:
                  direction: TB
                  labels: title
                  wrap: 30
                  theme: dark
                """).map().orElseThrow().render();
        assertEquals(new DiagramOptions(Direction.TB, LabelMode.TITLE, 30, Theme.DARK),
                DiagramChoices.resolve(DiagramChoices.NONE, loaded));
    }

    private static RenderSettings evaluateSetting(boolean on) {
        return new RenderSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new RenderSettings.Flag(on, AT)));
    }

    private static DiagramChoices evaluateOption(Boolean evaluate) {
        return new DiagramChoices(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(evaluate));
    }

    @Test
    void evaluationIsOffUnlessTheMapOrTheCommandLineTurnsItOn() {
        assertEquals(false, DiagramChoices.evaluates(DiagramChoices.NONE, RenderSettings.NONE));
        assertEquals(true, DiagramChoices.evaluates(DiagramChoices.NONE, evaluateSetting(true)));
        assertEquals(false, DiagramChoices.evaluates(DiagramChoices.NONE, evaluateSetting(false)));
        assertEquals(true, DiagramChoices.evaluates(evaluateOption(true), RenderSettings.NONE));
    }

    @Test
    void evaluateOrNoEvaluateOnTheCommandLineWinsOverTheMap() {
        assertEquals(false, DiagramChoices.evaluates(evaluateOption(false), evaluateSetting(true)));
        assertEquals(true, DiagramChoices.evaluates(evaluateOption(true), evaluateSetting(false)));
        assertEquals(true, DiagramChoices.evaluates(evaluateOption(null), evaluateSetting(true)));
    }

    @Test
    void evaluationLeavesTheOtherDrawingOptionsAlone() {
        assertEquals(DiagramOptions.DEFAULT, DiagramChoices.resolve(evaluateOption(true), evaluateSetting(true)));
    }

    /** The loader accepts the model's words; each must name exactly one drawing option. */
    @Test
    void modelWordsAreTheDrawingOptionsOwnNames() {
        assertEquals(names(Direction.values(), false), Set.copyOf(RenderSettings.DIRECTIONS));
        assertEquals(names(LabelMode.values(), true), Set.copyOf(RenderSettings.LABELS));
        assertEquals(names(Theme.values(), true), Set.copyOf(RenderSettings.THEMES));
        assertEquals(List.of(DiagramOptions.MIN_WRAP, DiagramOptions.MAX_WRAP),
                List.of(RenderSettings.MIN_WRAP, RenderSettings.MAX_WRAP));
        for (String direction : RenderSettings.DIRECTIONS) {
            assertEquals(direction, DiagramChoices.of(section(direction, null, null, null)).direction().orElseThrow().name());
        }
        for (String labels : RenderSettings.LABELS) {
            assertEquals(labels.toUpperCase(Locale.ROOT),
                    DiagramChoices.of(section(null, labels, null, null)).labels().orElseThrow().name());
        }
        for (String theme : RenderSettings.THEMES) {
            assertEquals(theme.toUpperCase(Locale.ROOT),
                    DiagramChoices.of(section(null, null, null, theme)).theme().orElseThrow().name());
        }
    }

    private static Set<String> names(Enum<?>[] values, boolean lowerCase) {
        return Arrays.stream(values).map(Enum::name).map(n -> lowerCase ? n.toLowerCase(Locale.ROOT) : n)
                .collect(Collectors.toSet());
    }
}
