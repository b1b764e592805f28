package org.argmap.load;

import java.util.List;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;

/**
 * The rule ids the loader reports on its own: {@code yaml-syntax} and {@code schema}. They are
 * always on and always errors, since a file that does not load as a map cannot be checked. (The
 * loader also reports duplicate keys as {@code duplicate-id}, an id that belongs to a check rule.)
 */
public final class LoadRules {

    private static final List<RuleInfo> ALL = List.of(
            new RuleInfo(RuleIds.YAML_SYNTAX, Severity.ERROR, true,
                    "the file is not UTF-8 YAML, is too large or nested too deep, or uses anchors, aliases or tags",
                    "Fix the YAML where the finding points: close the bracket or quote, check the line's indentation,"
                            + " and write repeated content out instead of using an anchor and alias."),
            new RuleInfo(RuleIds.SCHEMA, Severity.ERROR, true,
                    "the YAML does not have the shape of a map: an unknown field, a value of the wrong type,"
                            + " a missing required field, an unknown kind or a malformed id",
                    "Follow the hint (it names the field or value that was probably meant);"
                            + " every field of the format and its type are listed in docs/format.md."));

    private LoadRules() {
    }

    /** The loader's own rules, in the order a file meets them: syntax, then shape. */
    public static List<RuleInfo> all() {
        return ALL;
    }
}
