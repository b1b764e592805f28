package org.argmap.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Relation;
import org.argmap.model.Statement;
import org.argmap.model.StatementGroups;
import org.argmap.model.Text;
import org.argmap.text.Characters;

/**
 * A Mermaid flowchart of the map, for Markdown viewers that draw Mermaid (GitHub, GitLab, many
 * editors): paste it in a {@code ```mermaid} block. Kinds have shapes of their own and a class each
 * (so a viewer without colour still tells them apart), supports are plain arrows, attacks end in a
 * cross and are drawn red, an argument is a hexagon its premises lead into, an undercut points at
 * that hexagon, and each perspective is a subgraph holding its statements and the arguments whose
 * premises are all in it. The chart runs the way the map's {@code render: direction} says, thesis
 * at the left by default, as argmap's diagram does.
 *
 * <p>Text goes inside double quotes with every character Mermaid's parser or its HTML labels would
 * read ({@code " # < > & ` : \}) written as a numeric entity code ({@code #35;}), so no statement
 * can end a label, open a comment or inject markup. Node ids are the map's ids with a prefix and
 * {@code _} for {@code -}: never a Mermaid keyword such as {@code end}. What Mermaid 11 makes of
 * it is checked by drawing it in a browser (MermaidRenderTest); docs/interchange.md lists what
 * each escape is for.
 */
public final class MermaidExporter implements Exporter {

    /** The most characters of a statement's text a node shows. */
    static final int LABEL_LIMIT = 150;

    @Override
    public String name() {
        return "mermaid";
    }

    @Override
    public String extension() {
        return "mmd";
    }

    @Override
    public String summary() {
        return "a Mermaid flowchart for Markdown viewers (GitHub, GitLab)";
    }

    @Override
    public boolean needsDrawing() {
        return false;
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public Exported export(ExportInput input) {
        return Exported.text(flowchart(input.map()));
    }

    static String flowchart(ArgumentMap map) {
        StringBuilder out = new StringBuilder();
        out.append("---\n");
        map.title().ifPresent(title -> out.append("title: ").append(frontMatterTitle(title.value())).append('\n'));
        // Closer ranks and narrower boxes than Mermaid's defaults: a Markdown page shrinks a chart to
        // its column, and at the defaults the essay map's text came out too small to read there.
        out.append("config:\n  flowchart:\n    rankSpacing: 30\n    nodeSpacing: 20\n    wrappingWidth: 140\n");
        out.append("---\n");
        out.append("flowchart ").append(flow(map)).append('\n');
        out.append("  classDef thesis fill:#fde9a9,stroke:#8a6d00,stroke-width:3px,color:#000\n");
        out.append("  classDef premise fill:#d8f0d8,stroke:#2e7d32,color:#000\n");
        out.append("  classDef counterpoint fill:#f8d7d7,stroke:#b71c1c,color:#000\n");
        out.append("  classDef rebuttal fill:#dce6f8,stroke:#1a4f9c,color:#000\n");
        out.append("  classDef argument fill:#eeeeee,stroke:#555555,color:#000\n");
        out.append("  classDef implicit stroke-dasharray:5 5\n");
        Map<Optional<String>, List<Argument>> argumentsByPerspective = new HashMap<>();
        for (Argument argument : map.arguments().values()) {
            argumentsByPerspective.computeIfAbsent(StatementGroups.perspectiveOf(map, argument), p -> new ArrayList<>())
                    .add(argument);
        }
        for (StatementGroups.Group group : StatementGroups.of(map)) {
            Optional<Perspective> perspective = group.perspective();
            String indent = perspective.isPresent() ? "    " : "  ";
            perspective.ifPresent(p -> out.append("  subgraph ").append(perspectiveId(p.id())).append("[\"")
                    .append(label(p.displayName())).append("\"]\n"));
            group.statements().forEach(statement -> out.append(indent).append(statementNode(statement)).append('\n'));
            perspective.ifPresent(p -> {
                argumentsByPerspective.getOrDefault(Optional.of(p.id()), List.of())
                        .forEach(argument -> out.append(indent).append(argumentNode(argument)).append('\n'));
                out.append("  end\n");
            });
        }
        argumentsByPerspective.getOrDefault(Optional.empty(), List.of())
                .forEach(argument -> out.append("  ").append(argumentNode(argument)).append('\n'));
        List<Integer> attacks = new ArrayList<>();
        int index = 0;
        for (Relation relation : map.relations().edges()) {
            boolean attack = relation.type() == Relation.Type.ATTACKS;
            boolean undercut = attack && map.arguments().containsKey(relation.to());
            String arrow = switch (relation.type()) {
                case SUPPORTS -> " --> ";
                case ATTACKS -> undercut ? " -- undercuts --x " : " --x ";
                case PREMISE -> " --- ";
            };
            out.append("  ").append(nodeId(relation.from())).append(arrow).append(nodeId(relation.to())).append('\n');
            if (attack) {
                attacks.add(index);
            }
            index++;
        }
        if (!attacks.isEmpty()) {
            out.append("  linkStyle ").append(String.join(",", attacks.stream().map(String::valueOf).toList()))
                    .append(" stroke:#c62828,stroke-width:2px\n");
        }
        // A second class goes on a line of its own: after ':::' Mermaid reads "premise,implicit" as one class name.
        List<String> implicit = map.statements().values().stream().filter(Statement::implicit)
                .map(statement -> nodeId(statement.id())).toList();
        if (!implicit.isEmpty()) {
            out.append("  class ").append(String.join(",", implicit)).append(" implicit\n");
        }
        return out.toString();
    }

    /**
     * Mermaid's flow direction for the map's reading direction (its {@code render: direction}, else
     * {@code LR}, the diagram's default, thesis at the left): edges run from the reasons to the
     * thesis, so it is the opposite, as Graphviz's {@code rankdir} is. Bottom to top, the essay map
     * was seven times wider than tall, too small to read once a Markdown page shrinks it to its column.
     */
    static String flow(ArgumentMap map) {
        return switch (map.render().direction().map(Text::value).orElse("LR")) {
            case "RL" -> "LR";
            case "TB" -> "BT";
            case "BT" -> "TB";
            default -> "RL";
        };
    }

    private static String argumentNode(Argument argument) {
        String words = argument.kind().word() + argument.scheme().map(s -> ": " + s.value()).orElse("");
        return nodeId(argument.id()) + "{{\"" + label(words) + "\"}}:::argument";
    }

    private static String statementNode(Statement statement) {
        String text = label(shortened(statement.annotatedLabel()));
        String shape = switch (statement.kind()) {
            case THESIS -> "([\"" + text + "\"])";
            case PREMISE -> "[\"" + text + "\"]";
            case COUNTERPOINT -> "[/\"" + text + "\"/]";
            case REBUTTAL -> "[\\\"" + text + "\"\\]";
        };
        return nodeId(statement.id()) + shape + ":::" + statement.kind().word();
    }

    /**
     * A statement's label, as it will be drawn, cut to at most {@link #LABEL_LIMIT} characters, at a space when there is
     * one in its last third, with "…" after it. Mermaid slants a counterpoint's and a rebuttal's box
     * by half its height on each side, so a paragraph of text (a map imported without titles) became
     * a box many times wider than the chart; the map keeps the whole text.
     */
    static String shortened(String text) {
        String line = withoutStandIns(text).replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= LABEL_LIMIT) {
            return line;
        }
        int end = line.offsetByCodePoints(0, LABEL_LIMIT - 1);
        int space = line.lastIndexOf(' ', end);
        if (space > line.offsetByCodePoints(0, LABEL_LIMIT * 2 / 3)) {
            end = space;
        }
        return line.substring(0, end).strip() + "\u2026";
    }

    /** A node id Mermaid reads as an id and nothing else: a prefix, then letters, digits and {@code _}. */
    static String nodeId(String id) {
        return "n_" + safeId(id);
    }

    static String perspectiveId(String id) {
        return "p_" + safeId(id);
    }

    private static String safeId(String id) {
        StringBuilder out = new StringBuilder();
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return out.toString();
    }

    /**
     * The title for the YAML front matter Mermaid reads: one line in YAML double quotes, its
     * backslashes and quotes escaped. Entity codes are not read there, and Mermaid 11 passes the
     * title through its HTML sanitiser and then draws the sanitiser's output as plain text, so
     * {@code &}, {@code <}, {@code >} and a no-break space would show as {@code &amp;},
     * {@code &lt;}, {@code &gt;} and {@code &nbsp;} (and a tag would vanish): they are written as
     * the look-alikes {@code ＆}, {@code ‹}, {@code ›} and a space.
     */
    static String frontMatterTitle(String title) {
        StringBuilder out = new StringBuilder("\"");
        withoutStandIns(title).codePoints().map(MermaidExporter::shown).forEach(c -> {
            switch (c) {
                case '\\', '"' -> out.append('\\').appendCodePoint(c);
                case '&' -> out.append('\uff06');
                case '<' -> out.append('\u2039');
                case '>' -> out.append('\u203a');
                case '\u00a0' -> out.append(' ');
                default -> out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /**
     * Text for inside a quoted Mermaid label: one line, with every character Mermaid or HTML would
     * read as syntax written as a numeric entity code, which Mermaid turns back into the character.
     * Besides {@code " # < > & `} and the backslash, these are the colon (Mermaid 11 drops the last
     * {@code ;} of a line where {@code style} or {@code classDef} comes before a colon and a
     * {@code #}, which cut an entity code short: "classDef x fill:#f00" showed as "#35f00").
     */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        withoutStandIns(text).codePoints().map(MermaidExporter::shown).forEach(c -> {
            switch (c) {
                case '"', '#', '<', '>', '&', '`', '\\', ':' -> out.append('#').append(c).append(';');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * {@code text} with its bidi overrides shown as escapes, as in the diagram and the page, and
     * without the character pairs Mermaid uses as stand-ins for entity codes, which it turns into
     * {@code &}, {@code &#} and {@code ;} wherever they are (decoded entity codes included): the
     * ligature {@code ﬂ} is written as the letters "fl", and a space parts {@code ¶ß}.
     */
    private static String withoutStandIns(String text) {
        return Characters.showingBidiOverrides(text).replace("\ufb02", "fl").replace("\u00b6\u00df", "\u00b6 \u00df");
    }

    /**
     * How a character of the map's text is written: line breaks, tabs and other controls as a space
     * (a label is one line), a character no page can hold (a lone surrogate, U+FFFE) as U+FFFD, as
     * in the diagram. Bidi overrides are shown as escapes before this, as in the diagram and the page.
     */
    private static int shown(int c) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Characters.isLineSeparator(c)) {
            return ' ';
        }
        return Characters.isXmlCharacter(c) ? c : 0xFFFD;
    }
}
