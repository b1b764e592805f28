package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The scheme catalogue reaches {@code argmap check} end to end: the pipeline hands the built-in
 * catalogue to the checker, so once {@code unknown-scheme} is turned on, the essay map's free-text
 * schemes are reported, and the one that spells a catalogue id gets it as a hint.
 */
class UnknownSchemeCheckTest {

    private static final String ESSAY_MAP = "maps/st-petersburg-bombing.yaml";

    @Test
    void freeTextSchemesAreAdviceOnceTheRuleIsOn() {
        CliRun run = CliRun.of("check", "--rule", "unknown-scheme=info", ESSAY_MAP);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.all().contains("info[unknown-scheme]: argument 'precedent' names the scheme "
                + "'argument from precedent', which is not in the catalogue"), run::all);
        assertTrue(run.all().contains("did you mean 'precedent' (Argument from precedent)?"), run::all);
    }

    @Test
    void freeTextSchemesAreNotReportedByDefault() {
        CliRun run = CliRun.of("check", ESSAY_MAP);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains("unknown-scheme"), run::all);
    }
}
