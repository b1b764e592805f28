package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.Rule;
import org.argmap.check.Rules;
import org.argmap.diagnostic.RuleInfo;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void listsTheLoaderRulesThenEveryCheckRuleThenTheRulesReportedAfterEvaluationOnce() {
        List<String> ids = RuleCatalogue.all().stream().map(RuleInfo::id).toList();
        List<String> expected = Stream.of(Stream.of("yaml-syntax", "schema"), Rules.all().stream().map(Rule::id),
                Stream.of("not-converged")).flatMap(s -> s).toList();
        assertEquals(expected, ids);
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void offByDefaultRuleIsMarkedSo() {
        RuleInfo counterpoint = RuleCatalogue.all().stream()
                .filter(rule -> rule.id().equals("unanswered-counterpoint")).findFirst().orElseThrow();
        assertEquals(false, counterpoint.enabledByDefault());
    }
}
