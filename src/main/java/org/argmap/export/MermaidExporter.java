package org.argmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.argmap.model.Statement;
import org.argmap.model.StatementGroups;

/**
 * A Mermaid flowchart of the map, for Markdown viewers that draw Mermaid (GitHub, GitLab, many
 * editors): paste it in a {@code ```mermaid} block. Kinds have shapes of their own and a class each
 * (so a viewer without colour still tells them apart), supports are plain arrows, attacks end in a
 * cross and are drawn red, an argument is a hexagon its premises lead into, an undercut points at
 * that hexagon, and each perspective is a subgraph.
 *
 * <p>Text goes inside double quotes with every character Mermaid's parser or its HTML labels would
 * read ({@code " # < > & `}) written as a numeric entity code ({@code #35;}), so no statement can
 * end a label, open a comment or inject markup. Node ids are the map's ids with a prefix and
 * {@code _} for {@code -}: never a Mermaid keyword such as {@code end}.
 */
public final class MermaidExporter implements Exporter {

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
        map.title().ifPresent(title -> out.append("---\ntitle: ")
                .append(frontMatterTitle(title.value())).append("\n---\n"));
        out.append("flowchart BT\n");
        out.append("  classDef thesis fill:#fde9a9,stroke:#8a6d00,stroke-width:3px,color:#000\n");
        out.append("  classDef premise fill:#d8f0d8,stroke:#2e7d32,color:#000\n");
        out.append("  classDef counterpoint fill:#f8d7d7,stroke:#b71c1c,color:#000\n");
        out.append("  classDef rebuttal fill:#dce6f8,stroke:#1a4f9c,color:#000\n");
        out.append("  classDef argument fill:#eeeeee,stroke:#555555,color:#000\n");
        out.append("  classDef implicit stroke-dasharray:5 5\n");
        for (StatementGroups.Group group : StatementGroups.of(map)) {
            String indent = "  ";
            if (group.perspective().isPresent()) {
                out.append("  subgraph ").append(perspectiveId(group.perspective().get().id())).append("[\"")
                        .append(label(group.perspective().get().displayName())).append("\"]\n");
                indent = "    ";
            }
            for (Statement statement : group.statements()) {
                out.append(indent).append(statementNode(statement)).append('\n');
            }
            if (group.perspective().isPresent()) {
                out.append("  end\n");
            }
        }
        for (Argument argument : map.arguments().values()) {
            String words = argument.kind().word() + argument.scheme().map(s -> ": " + s.value()).orElse("");
            out.append("  ").append(nodeId(argument.id())).append("{{\"").append(label(words)).append("\"}}:::argument\n");
        }
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
        return out.toString();
    }

    private static String statementNode(Statement statement) {
        String text = label(statement.annotatedLabel());
        String shape = switch (statement.kind()) {
            case THESIS -> "([\"" + text + "\"])";
            case PREMISE -> "[\"" + text + "\"]";
            case COUNTERPOINT -> "[/\"" + text + "\"/]";
            case REBUTTAL -> "[\\\"" + text + "\"\\]";
        };
        String classes = statement.kind().word() + (statement.implicit() ? ",implicit" : "");
        return nodeId(statement.id()) + shape + ":::" + classes;
    }

    /** A node id Mermaid reads as an id and nothing else: a prefix, then letters, digits and {@code _}. */
    static String nodeId(String id) {
        return "n_" + safeId(id);
    }

    private static String perspectiveId(String id) {
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
     * The title for the YAML front matter Mermaid reads (not a label: entity codes are not read
     * there): one line in YAML double quotes, its backslashes and quotes escaped.
     */
    static String frontMatterTitle(String title) {
        StringBuilder out = new StringBuilder("\"");
        title.codePoints().forEach(c -> {
            if (c == '\\' || c == '"') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /**
     * Text for inside a quoted Mermaid label: one line, and every character Mermaid or HTML would
     * read as syntax written as an entity code.
     */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"', '#', '<', '>', '&', '`', '\\' -> out.append('#').append(c).append(';');
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
