package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.check.RuleSettings;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;
import org.argmap.evaluate.Label;
import org.argmap.model.Deadline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline driven as a preview server or a language server would drive it: no command line,
 * paths in, data or a {@link PipelineException} out.
 */
class MapCheckerTest {

    private static final Path ESSAY = Path.of("maps/st-petersburg-bombing.yaml");

    /** A dangling reference, an expectation and a quote that is not in its source text. */
    private static final String BROKEN = """
            argmap: 1
            source:
              text: essay.txt
            statements:
              thesis:
                kind: thesis
                text: T.
                quote: They will keep fighting separately.
              reason:
                text: R.
                supports: thesys
            expect:
              accepted: [thesis]
            """;

    @TempDir
    Path dir;

    /** A repository root: the settings walk stops here. */
    private Path repo;

    @BeforeEach
    void makeRepository() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void theEssayMapIsFoundCheckedAndEvaluatedOnceAsTheMapExpects() {
        MapFiles.Found found = MapFiles.expand(List.of(ESSAY.getParent()));
        assertEquals(List.of(ESSAY), found.maps());
        assertTrue(found.complete());

        List<CheckedMap> checked = new MapChecker(CheckRequest.defaults()).checkAll(found.maps(), map -> true);
        assertEquals(1, checked.size());
        CheckedMap essay = checked.get(0);
        assertEquals(ESSAY, essay.path());
        assertTrue(essay.map().isPresent());
        assertEquals(List.of(), problems(essay), "the essay map has no errors or warnings");
        assertFalse(CheckedMap.anyFails(checked));
        assertTrue(essay.load().content().startsWith("# yaml-language-server"), "the file's text comes back");
        assertEquals(Optional.empty(), essay.source(), "the essay map names no source text");
        // Every passage the map claims from the source: statements' quotes, quoted qualifiers and
        // arguments' quotes, counted from the model rather than written down.
        ArgumentMap model = essay.map().orElseThrow();
        int passages = model.statements().values().stream()
                .mapToInt(s -> s.quotes().size() + (s.qualifier().filter(q -> q.quoted()).isPresent() ? 1 : 0)).sum()
                + model.arguments().values().stream().mapToInt(a -> a.quotes().size()).sum();
        assertTrue(passages > 30, "the essay map quotes its source throughout");
        assertEquals(passages, essay.quotes().quotes());
        assertEquals(Optional.empty(), essay.quotes().against());

        Evaluation evaluation = essay.evaluation().orElseThrow();
        assertTrue(evaluation.converged());
        essay.map().orElseThrow().expect().accepted()
                .forEach(ref -> assertEquals(Optional.of(Label.ACCEPTED), evaluation.label(ref.id()), ref.id()));
        essay.map().orElseThrow().expect().rejected()
                .forEach(ref -> assertEquals(Optional.of(Label.REJECTED), evaluation.label(ref.id()), ref.id()));

        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(essay);
        assertEquals(Optional.of(evaluation), outcome.evaluated().map(e -> e.evaluation()));
        assertFalse(outcome.fails());
    }

    @Test
    void theEssayMapIsNotEvaluatedWhenTheCallerDoesNotAskThoughItsExpectBlockIsChecked() {
        CheckedMap essay = new MapChecker(CheckRequest.defaults()).checkAll(List.of(ESSAY)).get(0);
        assertEquals(List.of(), problems(essay));
        assertEquals(Optional.empty(), essay.evaluation());
    }

    @Test
    void aBrokenMapComesBackWithItsFindingsAndSourceTextButNoEvaluation() throws IOException {
        write("maps/essay.txt", "Washington and Moscow won't change course. They will continue to fight separately.\n");
        Path map = write("maps/broken.yaml", BROKEN);

        List<CheckedMap> checked = new MapChecker(CheckRequest.defaults())
                .checkAll(MapFiles.expand(List.of(repo)).maps(), any -> true);
        CheckedMap broken = checked.get(0);
        assertEquals(map, broken.path());
        assertEquals(List.of("quote-not-found@8", "dangling-reference@11"),
                broken.diagnostics().stream().map(d -> d.rule() + "@" + d.location().line()).toList());
        assertTrue(broken.hasErrors());
        assertTrue(CheckedMap.anyFails(checked));
        assertTrue(broken.source().orElseThrow().content().contains("fight separately"), "the source text read");
        assertEquals(Optional.empty(), broken.evaluation(), "a dangling reference blocks the evaluation");

        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(broken);
        assertEquals(Optional.empty(), outcome.evaluated());
        assertTrue(outcome.fails());
    }

    @Test
    void quotesCheckedCountArgumentQuotesAndQuotedQualifiersButNotQualifiersInTheAnalystsWords() throws IOException {
        write("maps/essay.txt", "They will almost certainly continue to fight separately.\n");
        Path map = write("maps/annotated.yaml", """
                argmap: 1
                source:
                  text: essay.txt
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                    quote: to fight separately
                    qualifier: {quote: almost certainly}
                  reason:
                    text: R.
                    implicit: true
                    qualifier: for now
                arguments:
                  step:
                    kind: support
                    premises: reason
                    conclusion: thesis
                    quote: [They will, continue]
                """);
        CheckedMap annotated = new MapChecker(CheckRequest.defaults()).checkAll(List.of(map), any -> true).get(0);
        assertEquals(List.of(), annotated.diagnostics());
        assertEquals(4, annotated.quotes().quotes());
        assertTrue(annotated.quotes().against().isPresent());
    }

    @Test
    void ruleSettingsFromTheRequestAndTheSettingsFileApplyToTheRulesAndToTheLoadersFindings() throws IOException {
        write("argmap.yaml", "rules:\n  dangling-reference: warning\n");
        write("maps/essay.txt", "They will continue to fight separately.\n");
        Path map = write("maps/broken.yaml", BROKEN.replace("  reason:", "  reason:\n    text: twice\n"));
        RuleSettings quotesOff = RuleSettings.DEFAULTS.with("quote-not-found", Optional.empty())
                .with("duplicate-id", Optional.of(Severity.INFO));
        CheckRequest request = new CheckRequest(quotesOff, Optional.of(true), Optional.empty(), () -> Deadline.NONE);

        CheckedMap broken = new MapChecker(request).checkAll(List.of(map), any -> true).get(0);
        assertEquals(List.of("duplicate-id:INFO", "dangling-reference:WARNING"),
                broken.diagnostics().stream().map(d -> d.rule() + ":" + d.severity()).toList());
        assertTrue(broken.strict());
        assertTrue(broken.fails(), "strict: the warning fails");
        assertTrue(broken.evaluation().isPresent(), "no error is left to block the evaluation");
    }

    @Test
    void aFailedExpectationDoesNotBlockTheEvaluation() throws IOException {
        Path map = write("wrong.yaml", BROKEN.replace("supports: thesys", "attacks: thesis")
                .replace("source:\n  text: essay.txt\n", "").replace("    quote: They will keep fighting separately.\n", ""));
        CheckedMap wrong = new MapChecker(CheckRequest.defaults()).checkAll(List.of(map), any -> true).get(0);
        assertEquals(List.of(RuleIds.EXPECTATION_FAILED), wrong.diagnostics().stream().map(Diagnostic::rule).toList());
        assertEquals(Optional.of(Label.REJECTED), wrong.evaluation().orElseThrow().label("thesis"));
    }

    @Test
    void aBrokenSettingsFileStopsTheRunBeforeAnyMapIsChecked() throws IOException {
        write("argmap.yaml", "strcit: true\n");
        Path map = write("maps/w.yaml", BROKEN);
        PipelineException.BrokenSettings e = assertThrows(PipelineException.BrokenSettings.class,
                () -> new MapChecker(CheckRequest.defaults()).checkAll(List.of(map)));
        assertTrue(e.getMessage().endsWith("has 1 problem; no map was checked"), e.getMessage());
        assertEquals(1, e.configs().size());
        assertEquals("schema", e.configs().get(0).diagnostics().get(0).rule());
        assertEquals(Optional.of("fix the settings shown above"), e.hint());
    }

    @Test
    void pathsThatCannotBeUsedAreExceptionsWithAHint() throws IOException {
        PipelineException missing = assertThrows(PipelineException.UnusableInput.class,
                () -> MapFiles.expand(List.of(repo.resolve("nowhere.yaml"))));
        assertEquals("no such file or folder: " + repo.resolve("nowhere.yaml"), missing.getMessage());

        write("notes/ci.yml", "on: push\n");
        PipelineException noMaps = assertThrows(PipelineException.UnusableInput.class,
                () -> MapFiles.expand(List.of(repo.resolve("notes"))));
        assertEquals("no maps in " + repo.resolve("notes"), noMaps.getMessage());
        assertTrue(noMaps.hint().orElseThrow().contains("top-level 'argmap: 1' line"), noMaps.hint()::toString);

        CheckRequest badSource = new CheckRequest(RuleSettings.DEFAULTS, Optional.empty(),
                Optional.of(repo.resolve("missing.txt")), () -> Deadline.NONE);
        PipelineException source = assertThrows(PipelineException.UnusableInput.class, () -> new MapChecker(badSource));
        assertTrue(source.getMessage().startsWith("cannot read the source text " + repo.resolve("missing.txt")),
                source.getMessage());
    }

    /** A map's errors and warnings: notes (free-text schemes, open critical questions) are advice. */
    private static List<Diagnostic> problems(CheckedMap map) {
        return map.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
    }
}
