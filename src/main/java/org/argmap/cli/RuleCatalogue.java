package org.argmap.cli;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.Rules;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.load.LoadRules;

/**
 * Every rule id a finding may carry, with its metadata: the loader's rules, then the check rules
 * sorted by id, then the rules reported after evaluation. Neither stage knows the other's rules,
 * so they meet here.
 */
final class RuleCatalogue {

    private RuleCatalogue() {
    }

    static List<RuleInfo> all() {
        return Stream.concat(LoadRules.all().stream(), Rules.settable().stream()).toList();
    }
}
