package org.argmap.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/**
 * Fuzzes evaluation: any bytes that load as a map without errors are evaluated, and the result must
 * be a consistent grounded labelling with DF-QuAD strengths in [0, 1], withheld exactly when the
 * iteration did not settle. The labelling is checked against the format's definition, recomputed
 * here from the map: a node is accepted when no attacker is accepted and every attacker is
 * rejected, rejected when some attacker is accepted, undecided otherwise. An argument's attackers
 * are those of the argument and those of its premises.
 *
 * <p>Seeds: {@code EvaluatorFuzzTestInputs/evaluate/}, the project's maps and evaluation fixtures.
 */
class EvaluatorFuzzTest {

    @FuzzTest
    void evaluate(byte[] bytes) {
        LoadResult loaded = new MapLoader().load("fuzz.yaml", bytes);
        if (loaded.hasErrors() || loaded.map().isEmpty()) {
            return;
        }
        ArgumentMap map = loaded.map().get();
        Evaluation evaluation = new Evaluator().evaluate(map);

        Set<String> ids = new LinkedHashSet<>(map.statements().keySet());
        ids.addAll(map.arguments().keySet());
        assertEquals(ids, evaluation.labels().keySet(), "every statement and argument is labelled, in map order");
        for (String id : ids) {
            double strength = evaluation.strengths().get(id);
            assertTrue(strength >= 0 && strength <= 1, () -> id + " has strength " + strength);
            assertEquals(evaluation.converged(), evaluation.strength(id).isPresent(),
                    () -> "a strength is given exactly when the iteration settled: " + id);
        }
        assertTrue(evaluation.rounds() <= Evaluator.MAX_ROUNDS, "rounds: " + evaluation.rounds());

        Map<String, Set<String>> attackers = attackers(map, ids);
        for (String id : ids) {
            Label label = evaluation.labels().get(id);
            Set<String> against = attackers.get(id);
            boolean someAccepted = against.stream().anyMatch(a -> evaluation.labels().get(a) == Label.ACCEPTED);
            boolean allRejected = against.stream().allMatch(a -> evaluation.labels().get(a) == Label.REJECTED);
            Label expected = allRejected ? Label.ACCEPTED : someAccepted ? Label.REJECTED : Label.UNDECIDED;
            assertEquals(expected, label, () -> id + " is attacked by " + against + " labelled "
                    + against.stream().map(a -> a + "=" + evaluation.labels().get(a)).toList());
        }
    }

    /** Who attacks each node, by the format's definition, among the map's own ids. */
    private static Map<String, Set<String>> attackers(ArgumentMap map, Set<String> ids) {
        Map<String, Set<String>> direct = new HashMap<>();
        ids.forEach(id -> direct.put(id, new LinkedHashSet<>()));
        for (Statement statement : map.statements().values()) {
            for (Ref target : statement.attacks()) {
                if (direct.containsKey(target.id())) {
                    direct.get(target.id()).add(statement.id());
                }
            }
        }
        for (Argument argument : map.arguments().values()) {
            if (argument.kind() == ArgumentKind.ATTACK && direct.containsKey(argument.conclusion().id())) {
                direct.get(argument.conclusion().id()).add(argument.id());
            }
        }
        Map<String, Set<String>> all = new HashMap<>();
        ids.forEach(id -> all.put(id, new LinkedHashSet<>(direct.get(id))));
        for (Argument argument : map.arguments().values()) {
            for (Ref premise : argument.premises()) {
                if (ids.contains(premise.id())) {
                    all.get(argument.id()).addAll(direct.get(premise.id()));
                }
            }
        }
        return all;
    }
}
