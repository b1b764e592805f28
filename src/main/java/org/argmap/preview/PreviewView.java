package org.argmap.preview;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.argmap.model.RenderSettings;
import org.argmap.pipeline.DiagramChoices;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.DiagramOptions.LabelMode;
import org.argmap.render.DiagramOptions.Theme;
import org.argmap.render.View;

/**
 * What the page's controls ask for: the part of the map drawn ({@code render}'s {@code --perspective}
 * or {@code --focus} with {@code --depth}) and the drawing options ({@code --labels},
 * {@code --direction}, {@code --theme}, {@code --evaluate}), each left to the map when not chosen.
 *
 * @param view    the part of the map to draw
 * @param choices the drawing options chosen over the map's own
 */
public record PreviewView(View view, DiagramChoices choices) {

    /** The longest id the page may name; ids are YAML keys, and the map decides whether one exists. */
    private static final int MAX_ID_LENGTH = 200;
    private static final int MAX_DEPTH = 20;

    public PreviewView {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(choices, "choices");
    }

    /** A control's value the server refuses, with what the control takes. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The controls as the page posts them ({@code application/x-www-form-urlencoded}); an empty or
     * missing field leaves that choice to the map.
     *
     * @throws Refused for a word no control offers, an id too long, or a depth out of range
     */
    public static PreviewView fromForm(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(name, value.strip());
        }
        Optional<String> perspective = id(fields, "perspective");
        Optional<String> focus = id(fields, "focus");
        View view;
        if (perspective.isPresent() && focus.isPresent()) {
            throw new Refused("perspective and focus cannot be combined");
        } else if (perspective.isPresent()) {
            view = new View.OfPerspective(perspective.get());
        } else if (focus.isPresent()) {
            view = new View.Focus(focus.get(), depth(fields));
        } else {
            view = View.WHOLE;
        }
        Optional<Direction> direction = word(fields, "direction", RenderSettings.DIRECTIONS)
                .map(w -> Direction.valueOf(w.toUpperCase(Locale.ROOT)));
        Optional<LabelMode> labels = word(fields, "labels", RenderSettings.LABELS)
                .map(w -> LabelMode.valueOf(w.toUpperCase(Locale.ROOT)));
        Optional<Theme> theme = word(fields, "theme", RenderSettings.THEMES)
                .map(w -> Theme.valueOf(w.toUpperCase(Locale.ROOT)));
        Optional<Boolean> evaluate = word(fields, "evaluate", java.util.List.of("on", "off")).map("on"::equals);
        return new PreviewView(view, new DiagramChoices(direction, labels, Optional.empty(), theme, evaluate));
    }

    private static Optional<String> id(Map<String, String> fields, String name) {
        String value = fields.getOrDefault(name, "");
        if (value.length() > MAX_ID_LENGTH) {
            throw new Refused(name + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static int depth(Map<String, String> fields) {
        String value = fields.getOrDefault("depth", "");
        if (value.isEmpty()) {
            return View.Focus.DEFAULT_DEPTH;
        }
        try {
            int depth = Integer.parseInt(value);
            if (depth >= 0 && depth <= MAX_DEPTH) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("depth takes a number from 0 to " + MAX_DEPTH);
    }

    private static Optional<String> word(Map<String, String> fields, String name, java.util.List<String> words) {
        String value = fields.getOrDefault(name, "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return words.stream().filter(w -> w.equalsIgnoreCase(value)).findFirst()
                .or(() -> {
                    throw new Refused(name + " takes " + String.join(", ", words));
                });
    }

    /** The controls' values, as the page shows them: empty where the map decides. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("perspective", view instanceof View.OfPerspective p ? p.id() : "");
        fields.put("focus", view instanceof View.Focus f ? f.id() : "");
        fields.put("depth", view instanceof View.Focus f ? f.depth() : View.Focus.DEFAULT_DEPTH);
        fields.put("labels", choices.labels().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse(""));
        fields.put("direction", choices.direction().map(Direction::name).orElse(""));
        fields.put("theme", choices.theme().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(""));
        fields.put("evaluate", choices.evaluate().map(on -> on ? "on" : "off").orElse(""));
        return fields;
    }
}
