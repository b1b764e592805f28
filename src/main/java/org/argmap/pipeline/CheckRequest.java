package org.argmap.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.argmap.check.RuleSettings;
import org.argmap.model.Deadline;

/**
 * What a front end asks of the checking, over what each map's {@code argmap.yaml} says.
 *
 * @param rules     rule severities that win over the settings file's
 * @param strict    whether warnings fail, winning over the settings file's {@code strict}; empty: the file decides
 * @param source    the source text for maps that name none
 * @param deadlines starts the deadline of one map's checking (loading, the rules and its evaluation)
 */
public record CheckRequest(RuleSettings rules, Optional<Boolean> strict, Optional<Path> source,
                           Supplier<Deadline> deadlines) {

    public CheckRequest {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Each map's settings file alone decides, and checking takes as long as it takes. */
    public static CheckRequest defaults() {
        return new CheckRequest(RuleSettings.DEFAULTS, Optional.empty(), Optional.empty(), () -> Deadline.NONE);
    }
}
