package org.argmap.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Qualifier;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/** Builds argument maps for tests straight from model records, without YAML. */
final class MapBuilder {

    private static final String FILE = "test.yaml";
    private int line = 1;
    private Optional<Text> title = Optional.empty();
    private Source source = Source.NONE;
    private final Map<String, Perspective> perspectives = new LinkedHashMap<>();
    private final Map<String, StatementSpec> statements = new LinkedHashMap<>();
    private final Map<String, Argument> arguments = new LinkedHashMap<>();

    MapBuilder title(String value) {
        title = Optional.of(text(value));
        return this;
    }

    MapBuilder source(String sourceTitle, String author, String url) {
        source = new Source(optional(sourceTitle), optional(author), Optional.empty(), Optional.empty(),
                optional(url), Optional.empty());
        return this;
    }

    MapBuilder perspective(String id, String label) {
        perspectives.put(id, new Perspective(id, here(), optional(label), Optional.empty()));
        return this;
    }

    StatementSpec statement(String id, Kind kind, String statementText) {
        StatementSpec spec = new StatementSpec(id, kind, statementText);
        statements.put(id, spec);
        return spec;
    }

    MapBuilder argument(String id, ArgumentKind kind, List<String> premises, String conclusion, String scheme) {
        return argument(id, kind, premises, conclusion, scheme, null);
    }

    MapBuilder argument(String id, ArgumentKind kind, List<String> premises, String conclusion, String scheme,
                        String note) {
        arguments.put(id, new Argument(id, here(), kind, here(),
                premises.stream().map(this::ref).toList(), ref(conclusion), optional(scheme), optional(note), List.of(), List.of()));
        return this;
    }

    ArgumentMap build() {
        Map<String, Statement> built = new LinkedHashMap<>();
        statements.forEach((id, spec) -> built.put(id, spec.toStatement()));
        return new ArgumentMap(FILE, 1, title, source, perspectives, built, arguments, Expectations.NONE);
    }

    private Location here() {
        return Location.at(FILE, line++, 1);
    }

    private Text text(String value) {
        return new Text(value, here());
    }

    private Optional<Text> optional(String value) {
        return Optional.ofNullable(value).map(this::text);
    }

    private Ref ref(String id) {
        return new Ref(id, here());
    }

    final class StatementSpec {
        private final String id;
        private final Kind kind;
        private final String statementText;
        private Optional<String> statementTitle = Optional.empty();
        private Optional<String> perspective = Optional.empty();
        private final List<String> supports = new ArrayList<>();
        private final List<String> attacks = new ArrayList<>();
        private final List<String> quotes = new ArrayList<>();
        private Optional<String> note = Optional.empty();
        private boolean implicit;
        private Optional<String> qualifier = Optional.empty();

        private StatementSpec(String id, Kind kind, String statementText) {
            this.id = id;
            this.kind = kind;
            this.statementText = statementText;
        }

        StatementSpec title(String value) {
            statementTitle = Optional.of(value);
            return this;
        }

        StatementSpec in(String perspectiveId) {
            perspective = Optional.of(perspectiveId);
            return this;
        }

        StatementSpec supports(String... ids) {
            supports.addAll(Arrays.asList(ids));
            return this;
        }

        StatementSpec attacks(String... ids) {
            attacks.addAll(Arrays.asList(ids));
            return this;
        }

        StatementSpec quotes(String... values) {
            quotes.addAll(Arrays.asList(values));
            return this;
        }

        StatementSpec note(String value) {
            note = Optional.of(value);
            return this;
        }

        StatementSpec implicit() {
            implicit = true;
            return this;
        }

        StatementSpec qualifier(String value) {
            qualifier = Optional.of(value);
            return this;
        }

        MapBuilder done() {
            return MapBuilder.this;
        }

        private Statement toStatement() {
            return new Statement(id, here(), text(statementText), Optional.of(text(kind.word())), kind,
                    supports.stream().map(MapBuilder.this::ref).toList(),
                    attacks.stream().map(MapBuilder.this::ref).toList(),
                    perspective.map(MapBuilder.this::ref), quotes.stream().map(MapBuilder.this::text).toList(),
                    statementTitle.map(MapBuilder.this::text), List.of(), Statement.DEFAULT_WEIGHT, Optional.empty(),
                    note.map(MapBuilder.this::text), implicit ? Optional.of(here()) : Optional.empty(),
                    qualifier.map(q -> new Qualifier(text(q), false)), List.of());
        }
    }
}
