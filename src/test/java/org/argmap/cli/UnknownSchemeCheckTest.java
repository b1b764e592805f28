package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The scheme catalogue reaches {@code argmap check} end to end: the pipeline hands the built-in
 * catalogue to the checker, so the essay map's free-text schemes are reported by default, and the
 * one that spells a catalogue id gets it as a hint; being info, they leave the exit status clean.
 */
class UnknownSchemeCheckTest {

    private static final String ESSAY_MAP = "maps/st-petersburg-bombing.yaml";

    @Test
    void freeTextSchemesAreAdviceThatLeavesTheExitStatusClean() {
        CliRun run = CliRun.of("check", ESSAY_MAP);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.all().contains("info[unknown-scheme]: argument 'precedent' names the scheme "
                + "'argument from precedent', which is not in the catalogue"), run::all);
        assertTrue(run.all().contains("did you mean 'precedent' (Argument from precedent)?"), run::all);
    }

    @Test
    void theRuleCanBeTurnedOff() {
        CliRun run = CliRun.of("check", "--rule", "unknown-scheme=off", ESSAY_MAP);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains("unknown-scheme"), run::all);
    }
}
