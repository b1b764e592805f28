package org.argmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argmap.model.RenderSettings;
import org.argmap.pipeline.DiagramChoices;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.DiagramOptions.LabelMode;
import org.argmap.render.DiagramOptions.Theme;
import picocli.CommandLine.Option;

/**
 * The {@code render} options that lay a diagram out (a picocli mixin). Each one given wins over
 * the map's {@code render:} section; one not given leaves the choice to the map.
 */
public final class LayoutOptions {

    /** Null when not given, as for the other two. */
    @Option(names = "--direction", paramLabel = "DIR", converter = Directions.class, completionCandidates = Directions.class,
            description = "Which way the map reads from the thesis outwards: LR (thesis at the left, the default), "
                    + "RL, TB (thesis at the top) or BT. Wins over 'direction' in the map's 'render:' section.")
    Direction direction;

    @Option(names = "--labels", paramLabel = "WHAT", converter = LabelModes.class, completionCandidates = LabelModes.class,
            description = "What each statement's box shows: both (title and text, the default), title (the title, "
                    + "or the text when there is none) or text.")
    LabelMode labels;

    @Option(names = "--theme", paramLabel = "THEME", converter = Themes.class, completionCandidates = Themes.class,
            description = "Colours: light (default), dark (light text on a dark page) or print (greys only; sides "
                    + "told apart by how dark the fill is, kinds and relations by outline, line style and "
                    + "arrowhead).")
    Theme theme;

    @Option(names = "--wrap", paramLabel = "N",
            description = "The most characters on a line of statement text, " + DiagramOptions.MIN_WRAP + " to "
                    + DiagramOptions.MAX_WRAP + " (default " + DiagramOptions.DEFAULT_WRAP + ").")
    Integer wrap;

    /** Null when neither --evaluate nor --no-evaluate is given: the map's render: section decides. */
    @Option(names = "--evaluate", negatable = true,
            description = "Show each statement's and argument's evaluation: its label (accepted, rejected, undecided) "
                    + "and its strength from 0 to 1, computed on the whole map. --no-evaluate overrides "
                    + "'evaluate: true' in the map's 'render:' section.")
    Boolean evaluate;

    /**
     * What was given, checked.
     *
     * @throws CommandFailure for a {@code --wrap} outside the widths a diagram can have
     */
    DiagramChoices choices() {
        Optional<Integer> chosenWrap = Optional.ofNullable(wrap);
        chosenWrap.ifPresent(columns -> {
            if (columns < DiagramOptions.MIN_WRAP || columns > DiagramOptions.MAX_WRAP) {
                throw new CommandFailure("--wrap " + columns + " is outside " + DiagramOptions.MIN_WRAP + " to "
                        + DiagramOptions.MAX_WRAP, "give the most characters on a line of statement text, e.g. --wrap 30");
            }
        });
        return new DiagramChoices(Optional.ofNullable(direction), Optional.ofNullable(labels), chosenWrap,
                Optional.ofNullable(theme), Optional.ofNullable(evaluate));
    }

    /** The options as given, spelt as a map spells them, to repeat in a command the user is told to run. */
    List<String> asArguments() {
        List<String> arguments = new ArrayList<>();
        DiagramChoices chosen = choices();
        chosen.direction().ifPresent(d -> arguments.addAll(List.of("--direction", d.name())));
        chosen.labels().ifPresent(l -> arguments.addAll(List.of("--labels", l.name().toLowerCase(Locale.ROOT))));
        chosen.wrap().ifPresent(w -> arguments.addAll(List.of("--wrap", String.valueOf(w))));
        chosen.theme().ifPresent(t -> arguments.addAll(List.of("--theme", t.name().toLowerCase(Locale.ROOT))));
        chosen.evaluate().ifPresent(e -> arguments.add(e ? "--evaluate" : "--no-evaluate"));
        return List.copyOf(arguments);
    }

    /** Reads {@code --direction}: the words a map's {@code render:} section takes, in either case. */
    static final class Directions extends ChoiceConverter<Direction> {
        Directions() {
            super("direction", "directions", () -> RenderSettings.DIRECTIONS, Direction::valueOf);
        }
    }

    /** Reads {@code --labels}. */
    static final class LabelModes extends ChoiceConverter<LabelMode> {
        LabelModes() {
            super("labels value", "labels values", () -> RenderSettings.LABELS,
                    word -> LabelMode.valueOf(word.toUpperCase(Locale.ROOT)));
        }
    }

    /** Reads {@code --theme}. */
    static final class Themes extends ChoiceConverter<Theme> {
        Themes() {
            super("theme", "themes", () -> RenderSettings.THEMES, word -> Theme.valueOf(word.toUpperCase(Locale.ROOT)));
        }
    }
}
