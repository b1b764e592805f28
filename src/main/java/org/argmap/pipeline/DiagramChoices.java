package org.argmap.pipeline;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.argmap.model.RenderSettings;
import org.argmap.model.Text;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.DiagramOptions.LabelMode;
import org.argmap.render.DiagramOptions.Theme;

/**
 * Drawing options someone chose, each possibly left open: on the command line, in a preview page's
 * controls, or in a map's {@code render:} section. {@link #resolve} and {@link #evaluates} are the one place where they
 * are put together.
 */
public record DiagramChoices(Optional<Direction> direction, Optional<LabelMode> labels, Optional<Integer> wrap,
                      Optional<Theme> theme, Optional<Boolean> evaluate) {

    public static final DiagramChoices NONE = new DiagramChoices(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public DiagramChoices {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(wrap, "wrap");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(evaluate, "evaluate");
    }

    /**
     * How one map is drawn: the command line over the map's {@code render:} section over the
     * defaults, option by option.
     */
    public static DiagramOptions resolve(DiagramChoices commandLine, RenderSettings map) {
        return commandLine.orElse(of(map)).over(DiagramOptions.DEFAULT);
    }

    /**
     * Whether one map is drawn with its evaluation: the command line's {@code --evaluate} or
     * {@code --no-evaluate} over the map's {@code evaluate} over not evaluating.
     */
    public static boolean evaluates(DiagramChoices commandLine, RenderSettings map) {
        return commandLine.orElse(of(map)).evaluate().orElse(false);
    }

    /** A map's section as choices. The loader has accepted only words that name an option. */
    public static DiagramChoices of(RenderSettings settings) {
        return new DiagramChoices(
                settings.direction().map(Text::value).map(Direction::valueOf),
                settings.labels().map(DiagramChoices::upper).map(LabelMode::valueOf),
                settings.wrap().map(RenderSettings.Wrap::columns),
                settings.theme().map(DiagramChoices::upper).map(Theme::valueOf),
                settings.evaluate().map(RenderSettings.Flag::on));
    }

    /** Each choice made here, else the one made in {@code other}. */
    public DiagramChoices orElse(DiagramChoices other) {
        return new DiagramChoices(direction.or(other::direction), labels.or(other::labels), wrap.or(other::wrap),
                theme.or(other::theme), evaluate.or(other::evaluate));
    }

    /** {@code options} with every choice made here put in. */
    DiagramOptions over(DiagramOptions options) {
        DiagramOptions chosen = options;
        chosen = direction.map(chosen::withDirection).orElse(chosen);
        chosen = labels.map(chosen::withLabels).orElse(chosen);
        chosen = wrap.map(chosen::withWrapColumns).orElse(chosen);
        return theme.map(chosen::withTheme).orElse(chosen);
    }

    private static String upper(Text word) {
        return word.value().toUpperCase(Locale.ROOT);
    }
}
