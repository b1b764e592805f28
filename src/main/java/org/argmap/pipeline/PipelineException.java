package org.argmap.pipeline;

import java.util.List;
import java.util.Optional;
import org.argmap.load.RuleConfig;

/**
 * The pipeline cannot go on: what was named cannot be read or used, a settings file is broken, or
 * the outputs cannot be planned, made or written ({@link OutputException}).
 * A message for the user and what to do about it; a front end decides how to show them (the
 * command line prints them and exits with status 2). Maps with findings are not failures: they
 * come back as data.
 */
public abstract sealed class PipelineException extends RuntimeException
        permits PipelineException.UnusableInput, PipelineException.BrokenSettings, OutputException {

    private final String hint;

    PipelineException(String message, Optional<String> hint) {
        super(message, null, false, false);
        this.hint = hint.orElse(null);
    }

    /** What the user can do about it. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /**
     * A path, map file, settings file or source text that cannot be read or used.
     *
     * @param reasons one line per part that could not be read, when the failure is that none of
     *                several parts could be; otherwise empty
     */
    public static final class UnusableInput extends PipelineException {

        private final List<String> reasons;

        UnusableInput(String message, Optional<String> hint, List<String> reasons) {
            super(message, hint);
            this.reasons = List.copyOf(reasons);
        }

        UnusableInput(String message, String hint) {
            this(message, Optional.ofNullable(hint), List.of());
        }

        UnusableInput(String message) {
            this(message, Optional.empty(), List.of());
        }

        /** What could not be read, one line each, when several parts were named. */
        public List<String> reasons() {
            return reasons;
        }
    }

    /** Settings files with problems: no map is checked, since no map would get the settings meant for it. */
    public static final class BrokenSettings extends PipelineException {

        private final List<RuleConfig> configs;

        BrokenSettings(String message, String hint, List<RuleConfig> configs) {
            super(message, Optional.of(hint));
            this.configs = List.copyOf(configs);
        }

        /** The broken settings files, each with its findings and text. */
        public List<RuleConfig> configs() {
            return configs;
        }
    }
}
