package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;
import org.junit.jupiter.api.Test;

class BuiltInSchemesTest {

    private final SchemeCatalogue catalogue = BuiltInSchemes.catalogue();

    @Test
    void holdsEverySchemeTheIssueAsksFor() {
        // the first seventeen are the schemes of the AraucariaDB corpus; issue 12 names all nineteen
        List<String> required = List.of("example", "cause-to-effect", "practical-reasoning", "verbal-classification",
                "analogy", "expert-opinion", "established-rule", "sign", "commitment", "ignorance",
                "position-to-know", "correlation-to-cause", "inconsistent-commitment", "falsification",
                "exceptional-case", "fear-appeal", "popular-practice", "precedent", "consequences");
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(catalogue.ids());
        assertEquals(List.of(), missing, "schemes missing from the catalogue");
    }

    @Test
    void everySchemeHasANamePremiseRolesAConclusionAndAtLeastTwoQuestions() {
        List<String> problems = new ArrayList<>();
        for (Scheme scheme : catalogue.schemes()) {
            if (scheme.name().isBlank()) {
                problems.add(scheme.id() + ": no name");
            }
            if (scheme.premises().isEmpty()) {
                problems.add(scheme.id() + ": no premise roles");
            }
            if (scheme.conclusion().isBlank()) {
                problems.add(scheme.id() + ": no conclusion");
            }
            if (scheme.questions().size() < 2) {
                problems.add(scheme.id() + ": fewer than two critical questions");
            }
            scheme.premises().stream().filter(p -> p.says().isBlank()).forEach(p -> problems.add(scheme.id() + "/" + p.role() + ": says nothing"));
            scheme.questions().stream().filter(q -> !q.asks().endsWith("?")).forEach(q -> problems.add(scheme.id() + "/" + q.id() + ": not a question"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyIdIsKebabCaseAndUniqueWhereItIsLookedUp() {
        List<String> problems = new ArrayList<>();
        for (Scheme scheme : catalogue.schemes()) {
            checkId(scheme.id(), "scheme " + scheme.id(), problems);
            Set<String> roles = new HashSet<>();
            for (Scheme.PremiseRole role : scheme.premises()) {
                checkId(role.role(), scheme.id() + " role " + role.role(), problems);
                if (!roles.add(role.role())) {
                    problems.add(scheme.id() + ": role " + role.role() + " twice");
                }
            }
            Set<String> questions = new HashSet<>();
            for (Scheme.CriticalQuestion question : scheme.questions()) {
                checkId(question.id(), scheme.id() + " question " + question.id(), problems);
                if (!questions.add(question.id())) {
                    problems.add(scheme.id() + ": question " + question.id() + " twice");
                }
            }
        }
        // scheme ids are unique by construction: SchemeCatalogue refuses a second scheme with an id
        assertEquals(List.of(), problems);
    }

    @Test
    void wellFormedIdsAreLowerCaseWordsJoinedBySingleHyphens() {
        assertTrue(Scheme.isWellFormedId("expert-opinion"));
        assertTrue(Scheme.isWellFormedId("sign"));
        assertTrue(Scheme.isWellFormedId("cq2"));
        for (String bad : List.of("", "Expert-opinion", "expert_opinion", "expert--opinion", "-sign", "sign-",
                "2sign", "expert opinion")) {
            assertFalse(Scheme.isWellFormedId(bad), bad);
        }
    }

    private static void checkId(String id, String what, List<String> problems) {
        if (!Scheme.isWellFormedId(id)) {
            problems.add(what + ": not a kebab-case id");
        }
    }
}
