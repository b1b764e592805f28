package org.argmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.model.RenderSettings;
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
    @Option(names = "--direction", paramLabel = "DIR",
            description = "Which way the map reads from the thesis outwards: LR (thesis at the left, the default), "
                    + "RL, TB (thesis at the top) or BT. Wins over 'direction' in the map's 'render:' section.")
    String direction;

    @Option(names = "--labels", paramLabel = "WHAT",
            description = "What each statement's box shows: both (title and text, the default), title (the title, "
                    + "or the text when there is none) or text.")
    String labels;

    @Option(names = "--theme", paramLabel = "THEME",
            description = "Colours: light (default), dark (light text on a dark page) or print (greys only; kinds "
                    + "and relations told apart by outline, line style and arrowhead).")
    String theme;

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
     * What was given, checked. Words are accepted in either case.
     *
     * @throws CommandFailure naming the accepted values, for a value that is not one of them
     */
    DiagramChoices choices() {
        Optional<Direction> chosenDirection = Optional.ofNullable(direction)
                .map(text -> Direction.valueOf(word(text, "--direction", RenderSettings.DIRECTIONS)));
        Optional<LabelMode> chosenLabels = Optional.ofNullable(labels)
                .map(text -> LabelMode.valueOf(word(text, "--labels", RenderSettings.LABELS).toUpperCase(Locale.ROOT)));
        Optional<Integer> chosenWrap = Optional.ofNullable(wrap);
        chosenWrap.ifPresent(columns -> {
            if (columns < DiagramOptions.MIN_WRAP || columns > DiagramOptions.MAX_WRAP) {
                throw new CommandFailure("--wrap " + columns + " is outside " + DiagramOptions.MIN_WRAP + " to "
                        + DiagramOptions.MAX_WRAP, "give the most characters on a line of statement text, e.g. --wrap 30");
            }
        });
        Optional<Theme> chosenTheme = Optional.ofNullable(theme)
                .map(text -> Theme.valueOf(word(text, "--theme", RenderSettings.THEMES).toUpperCase(Locale.ROOT)));
        return new DiagramChoices(chosenDirection, chosenLabels, chosenWrap, chosenTheme, Optional.ofNullable(evaluate));
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

    /** The accepted word {@code text} names, ignoring case. */
    private static String word(String text, String option, List<String> accepted) {
        return accepted.stream().filter(w -> w.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new CommandFailure(
                        "unknown value '" + text + "' for " + option + "; use " + String.join(", ", accepted),
                        DidYouMean.hint(text.strip(), accepted).orElse(null)));
    }
}
