package org.argmap.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of evaluation over random maps (statements attacking and supporting each other at
 * random, with cycles, plus support and attack arguments). Each seed builds one map, so a failure
 * names the seed that reproduces it. The attack relation is recomputed here from the spec's words,
 * independently of the evaluator's own.
 */
class EvaluatorPropertiesTest {

    private static final int MAPS = 200;

    static LongStream seeds() {
        return LongStream.range(0, MAPS);
    }

    /**
     * Odd seeds may have any cycles; even seeds keep every relation pointing forward in a random
     * order of the nodes (premises before their argument, conclusions after it), so they exercise
     * the one-pass topological computation. An argument that cannot be placed so is left out, and
     * relations naming it then exercise unknown ids.
     */
    static ArgumentMap randomMap(long seed) {
        Random random = new Random(seed);
        boolean acyclic = seed % 2 == 0;
        int statementCount = 1 + random.nextInt(8);
        List<String> statementIds = IntStream.range(0, statementCount).mapToObj(i -> "s" + i).toList();
        int argumentCount = random.nextInt(4);
        List<String> argumentIds = IntStream.range(0, argumentCount).mapToObj(i -> "a" + i).toList();
        List<String> allIds = new ArrayList<>(statementIds);
        allIds.addAll(argumentIds);
        List<String> order = new ArrayList<>(allIds);
        Collections.shuffle(order, random);
        Predicate<String> anything = id -> true;

        List<Statement> statements = new ArrayList<>();
        for (String id : statementIds) {
            Predicate<String> later = acyclic ? other -> order.indexOf(other) > order.indexOf(id) : anything;
            double weight = random.nextInt(5) == 0 ? 0.5 : random.nextDouble();
            statements.add(Maps.statement(id, weight, pick(random, allIds, id, later, 0.15),
                    pick(random, allIds, id, later, 0.2)));
        }
        List<Argument> arguments = new ArrayList<>();
        for (String id : argumentIds) {
            Predicate<String> earlier = acyclic ? other -> order.indexOf(other) < order.indexOf(id) : anything;
            Predicate<String> later = acyclic ? other -> order.indexOf(other) > order.indexOf(id) : anything;
            List<String> premiseChoices = statementIds.stream().filter(earlier).toList();
            List<String> conclusionChoices = allIds.stream().filter(later).filter(other -> !other.equals(id)).toList();
            if (premiseChoices.isEmpty() || conclusionChoices.isEmpty()) {
                continue;
            }
            List<String> premises = pick(random, premiseChoices, null, anything, 0.4);
            if (premises.isEmpty()) {
                premises = List.of(premiseChoices.get(random.nextInt(premiseChoices.size())));
            }
            ArgumentKind kind = random.nextBoolean() ? ArgumentKind.SUPPORT : ArgumentKind.ATTACK;
            arguments.add(Maps.argument(id, kind, premises,
                    conclusionChoices.get(random.nextInt(conclusionChoices.size()))));
        }
        return Maps.of(statements, arguments);
    }

    private static List<String> pick(Random random, List<String> ids, String except, Predicate<String> allowed,
                                     double chance) {
        return ids.stream().filter(id -> !id.equals(except) && allowed.test(id) && random.nextDouble() < chance)
                .toList();
    }

    /** Direct attackers as the spec says: statements attacking the node, attack arguments concluding it. */
    private static Map<String, Set<String>> directAttackers(ArgumentMap map) {
        Map<String, Set<String>> attackers = new LinkedHashMap<>();
        map.statements().keySet().forEach(id -> attackers.put(id, new LinkedHashSet<>()));
        map.arguments().keySet().forEach(id -> attackers.put(id, new LinkedHashSet<>()));
        map.statements().values().forEach(s -> s.attacks().stream().filter(r -> map.hasNode(r.id()))
                .forEach(r -> attackers.get(r.id()).add(s.id())));
        map.arguments().values().stream().filter(a -> a.kind() == ArgumentKind.ATTACK)
                .filter(a -> map.hasNode(a.conclusion().id()))
                .forEach(a -> attackers.get(a.conclusion().id()).add(a.id()));
        return attackers;
    }

    /** Direct supporters: statements supporting the node, support arguments concluding it. */
    private static Map<String, Set<String>> directSupporters(ArgumentMap map) {
        Map<String, Set<String>> supporters = new LinkedHashMap<>();
        map.statements().keySet().forEach(id -> supporters.put(id, new LinkedHashSet<>()));
        map.arguments().keySet().forEach(id -> supporters.put(id, new LinkedHashSet<>()));
        map.statements().values().forEach(s -> s.supports().stream().filter(r -> map.hasNode(r.id()))
                .forEach(r -> supporters.get(r.id()).add(s.id())));
        map.arguments().values().stream().filter(a -> a.kind() == ArgumentKind.SUPPORT)
                .filter(a -> map.hasNode(a.conclusion().id()))
                .forEach(a -> supporters.get(a.conclusion().id()).add(a.id()));
        return supporters;
    }

    /** Attackers for labels: direct ones, plus for an argument the direct attackers of its premises. */
    private static Map<String, Set<String>> labelAttackers(ArgumentMap map) {
        Map<String, Set<String>> direct = directAttackers(map);
        Map<String, Set<String>> attackers = new LinkedHashMap<>();
        direct.forEach((id, set) -> attackers.put(id, new HashSet<>(set)));
        for (Argument argument : map.arguments().values()) {
            for (Ref premise : argument.premises()) {
                attackers.get(argument.id()).addAll(direct.get(premise.id()));
            }
        }
        return attackers;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noTwoAcceptedNodesAttackEachOther(long seed) {
        ArgumentMap map = randomMap(seed);
        Evaluation evaluation = new Evaluator().evaluate(map);
        labelAttackers(map).forEach((id, attackers) -> {
            if (evaluation.labels().get(id) == Label.ACCEPTED) {
                for (String attacker : attackers) {
                    assertTrue(evaluation.labels().get(attacker) != Label.ACCEPTED,
                            "seed " + seed + ": accepted " + attacker + " attacks accepted " + id);
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void labelsAgreeWithAttackers(long seed) {
        ArgumentMap map = randomMap(seed);
        Evaluation evaluation = new Evaluator().evaluate(map);
        labelAttackers(map).forEach((id, attackers) -> {
            Label label = evaluation.labels().get(id);
            boolean allRejected = attackers.stream().allMatch(a -> evaluation.labels().get(a) == Label.REJECTED);
            boolean someAccepted = attackers.stream().anyMatch(a -> evaluation.labels().get(a) == Label.ACCEPTED);
            switch (label) {
                case ACCEPTED -> assertTrue(allRejected, "seed " + seed + ": accepted " + id + " has a live attacker");
                case REJECTED -> assertTrue(someAccepted,
                        "seed " + seed + ": rejected " + id + " has no accepted attacker");
                case UNDECIDED -> assertTrue(!allRejected && !someAccepted,
                        "seed " + seed + ": undecided " + id + " should have been labelled");
            }
        });
    }

    /** The spec's procedure word for word: sweep over all nodes, labelling what can be labelled, until a sweep changes nothing. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void labelsAreThoseOfTheSpecsRepeatedLabelling(long seed) {
        ArgumentMap map = randomMap(seed);
        Map<String, Set<String>> attackers = labelAttackers(map);
        Map<String, Label> settled = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            Map<String, Label> sweep = new LinkedHashMap<>(settled);
            attackers.forEach((id, its) -> {
                if (!settled.containsKey(id) && its.stream().allMatch(a -> settled.get(a) == Label.REJECTED)) {
                    sweep.put(id, Label.ACCEPTED);
                } else if (!settled.containsKey(id) && its.stream().anyMatch(a -> settled.get(a) == Label.ACCEPTED)) {
                    sweep.put(id, Label.REJECTED);
                }
            });
            changed = !sweep.equals(settled);
            settled.clear();
            settled.putAll(sweep);
        }
        Map<String, Label> expected = new LinkedHashMap<>();
        attackers.keySet().forEach(id -> expected.put(id, settled.getOrDefault(id, Label.UNDECIDED)));
        assertEquals(expected, new Evaluator().evaluate(map).labels(), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void strengthsStayWithinZeroAndOne(long seed) {
        Evaluation evaluation = new Evaluator().evaluate(randomMap(seed));
        evaluation.strengths().forEach((id, strength) ->
                assertTrue(strength >= 0.0 && strength <= 1.0, "seed " + seed + ": " + id + " = " + strength));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nodeWithoutSupportersOrAttackersKeepsItsBaseScore(long seed) {
        ArgumentMap map = randomMap(seed);
        Evaluation evaluation = new Evaluator().evaluate(map);
        Map<String, Set<String>> attackers = directAttackers(map);
        Map<String, Set<String>> supporters = directSupporters(map);
        for (Statement statement : map.statements().values()) {
            if (attackers.get(statement.id()).isEmpty() && supporters.get(statement.id()).isEmpty()) {
                assertEquals(statement.weight(), evaluation.strengths().get(statement.id()), 0.0,
                        "seed " + seed + ": " + statement.id());
            }
        }
        if (!evaluation.converged()) {
            return;
        }
        for (Argument argument : map.arguments().values()) {
            if (attackers.get(argument.id()).isEmpty() && supporters.get(argument.id()).isEmpty()) {
                double weakestPremise = argument.premises().stream()
                        .mapToDouble(p -> evaluation.strengths().get(p.id())).min().orElseThrow();
                assertEquals(weakestPremise, evaluation.strengths().get(argument.id()), 1e-8,
                        "seed " + seed + ": " + argument.id());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void convergedStrengthsAreAFixedPointOfDfQuad(long seed) {
        ArgumentMap map = randomMap(seed);
        Evaluation evaluation = new Evaluator().evaluate(map);
        if (!evaluation.converged()) {
            return;
        }
        Map<String, Double> s = evaluation.strengths();
        Map<String, Set<String>> attackers = directAttackers(map);
        Map<String, Set<String>> supporters = directSupporters(map);
        s.forEach((id, strength) -> {
            double base = map.statements().containsKey(id)
                    ? map.statements().get(id).weight()
                    : map.arguments().get(id).premises().stream().mapToDouble(p -> s.get(p.id())).min().orElseThrow();
            double va = 1 - attackers.get(id).stream().mapToDouble(a -> 1 - s.get(a)).reduce(1, (x, y) -> x * y);
            double vs = 1 - supporters.get(id).stream().mapToDouble(a -> 1 - s.get(a)).reduce(1, (x, y) -> x * y);
            double expected = va >= vs ? base - base * (va - vs) : base + (1 - base) * (vs - va);
            assertEquals(expected, strength, 1e-7, "seed " + seed + ": " + id);
        });
    }
}
