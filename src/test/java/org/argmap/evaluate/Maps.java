package org.argmap.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.load.MapLoader;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/** Maps for evaluator tests: from YAML through the loader, or built in code (for random maps). */
final class Maps {

    private static final Location HERE = Location.at("m.yaml", 1, 1);

    private Maps() {
    }

    static ArgumentMap fromYaml(String yaml) {
        return new MapLoader().load("m.yaml", yaml).map().orElseThrow();
    }

    static Statement statement(String id, double weight, List<String> supports, List<String> attacks) {
        return new Statement(id, HERE, new Text(id, HERE), Optional.empty(), Kind.PREMISE, refs(supports),
                refs(attacks), Optional.empty(), List.of(), Optional.empty(), List.of(), weight, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    static Argument argument(String id, ArgumentKind kind, List<String> premises, String conclusion) {
        return new Argument(id, HERE, kind, HERE, refs(premises), new Ref(conclusion, HERE), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }

    static ArgumentMap of(List<Statement> statements, List<Argument> arguments) {
        Map<String, Statement> byIdStatements = new LinkedHashMap<>();
        statements.forEach(s -> byIdStatements.put(s.id(), s));
        Map<String, Argument> byIdArguments = new LinkedHashMap<>();
        arguments.forEach(a -> byIdArguments.put(a.id(), a));
        return new ArgumentMap("m.yaml", 1, Optional.empty(), Source.NONE, Map.of(), byIdStatements, byIdArguments,
                Expectations.NONE);
    }

    private static List<Ref> refs(List<String> ids) {
        return ids.stream().map(id -> new Ref(id, HERE)).toList();
    }
}
