package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final Path ESSAY_MAP = Path.of("maps/st-petersburg-bombing.yaml");
    static final Path ESSAY_TEXT = Path.of("../shared/sources/st-petersburg-bombing.txt");

    static final String VALID = """
            argmap: 1
            statements:
              separate-fights:
                kind: thesis
                text: They will keep fighting separately.
              distrust:
                text: Distrust runs too deep.
                supports: separate-fights
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void cleanMapExitsZeroAndSaysSo() throws IOException {
        CliRun run = CliRun.of("check", write("ok.yaml", VALID).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("1 map checked: no problems"), run::all);
    }

    @Test
    void emptySectionsAndAnEmptyWrapAreNotWrittenSoTheMapIsClean() throws IOException {
        Path map = write("empty.yaml", "argmap: 1\nsource:\nexpect:\nrender:\n  wrap:\n" + VALID.substring("argmap: 1\n".length()));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("1 map checked: no problems"), run::all);
    }

    @Test
    void thesisWithABadIdIsReportedOnceNotAlsoAsNoThesisOrAnUnknownId() throws IOException {
        Path map = write("bad-id.yaml", VALID.replace("  separate-fights:\n", "  Separate_Fights:\n"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().startsWith(map + ":3:3: error[schema]: id 'Separate_Fights' is not lower-case kebab case"), run::all);
        assertTrue(run.out().contains("write it as 'separate-fights'"), run::all);
        assertTrue(run.out().contains("1 map checked: 1 error, 0 warnings"), run::all);
    }

    @Test
    void caretLandsUnderTheValueAfterChineseTextOnTheSameLine() throws IOException {
        Path map = write("cjk.yaml", VALID + "  trust: {text: 信任很深, supports: separate-fihgts}\n");
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith(map + ":9:33: error[dangling-reference]"), run::all);
        assertEquals("    9 |   trust: {text: 信任很深, supports: separate-fihgts}", lines[1]);
        // each Chinese character takes two columns, so the caret sits four columns further right
        assertEquals("      |                                     ^^^^^^^^^^^^^^^ did you mean 'separate-fights'?",
                lines[2]);
    }

    @Test
    void rawEscapeByteInAValueIsReportedWhereItIs() throws IOException {
        Path map = write("escape.yaml", VALID.replace("text: Distrust runs", "text: Distrust \u001b[2J runs"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().startsWith(map + ":7:20: error[yaml-syntax]: not valid YAML: the control character U+001B"
                + " is not allowed in a YAML file"), run::all);
    }

    @Test
    void checkSaysWhetherQuotesWereCheckedAndAgainstWhat() throws IOException {
        Path text = write("essay.txt", "Distrust runs too deep. They will keep fighting separately.");
        Path map = write("quoted.yaml", VALID + "    quote: Distrust runs too deep\n");
        CliRun without = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, without.status(), without::all);
        assertEquals("quotes: 1 in " + map + " not checked: no source text (pass --source FILE or set source.text)\n"
                + "1 map checked: no problems\n", without.out());
        CliRun with = CliRun.of("check", "--source", text.toString(), map.toString());
        assertEquals("quotes: 1 in " + map + " checked against " + text + "\n1 map checked: no problems\n", with.out());
        CliRun off = CliRun.of("check", "--source", text.toString(), "--rule", "quote-not-found=off", map.toString());
        assertTrue(off.out().startsWith("quotes: 1 in " + map + " not checked: the rule quote-not-found is off\n"), off::all);
        CliRun json = CliRun.of("check", "--format", "json", map.toString());
        assertFalse(json.out().contains("quotes:"), json::all);
    }

    @Test
    void mapsWithTheSameQuoteOutcomeShareOneLineAndMapsWithoutQuotesGetNone() throws IOException {
        String quoted = VALID + "    quote: Distrust runs too deep\n";
        Path a = write("maps/a.yaml", quoted);
        Path b = write("maps/b.yaml", quoted + "  more:\n    text: More.\n    supports: distrust\n    quote: [one, two]\n");
        write("maps/c.yaml", VALID);
        CliRun run = CliRun.of("check", dir.resolve("maps").toString());
        assertEquals("quotes: 4 in 2 maps not checked: no source text (pass --source FILE or set source.text): " + a + ", " + b
                + "\n3 maps checked: no problems\n", run.out(), run::all);
    }

    @Test
    void essayMapIsClean() {
        CliRun run = CliRun.of("check", ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        // notes (free-text schemes, open critical questions) are advice, never problems
        assertTrue(run.out().contains("1 map checked: no problems") || run.out().contains("1 map checked: 0 errors, 0 warnings"),
                run::all);
    }

    @Test
    void essayQuotesAreAllInTheEssay() {
        assumeTrue(Files.exists(ESSAY_TEXT), "the essay text is not beside the project; quote check skipped");
        CliRun run = CliRun.of("check", "--source", ESSAY_TEXT.toString(), "maps/");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
    }

    /**
     * This project's argmap.yaml turns unquoted-statement on as an error, so a claim in the essay
     * map that neither quotes the essay nor admits to being a reconstruction fails the quote check.
     */
    @Test
    void projectSettingsRequireEveryEssayClaimToBeQuotedOrImplicit() throws IOException {
        assumeTrue(Files.exists(ESSAY_TEXT), "the essay text is not beside the project; quote check skipped");
        write("argmap.yaml", Files.readString(Path.of("argmap.yaml"), StandardCharsets.UTF_8));
        String essay = Files.readString(ESSAY_MAP, StandardCharsets.UTF_8);
        String unquoted = essay.replace(
                "    quote: appropriate messages of condolences have been flowing in from Western capitals\n", "");
        assertTrue(!unquoted.equals(essay), "the essay map's condolences quote has moved");
        Path map = write("essay.yaml", unquoted);
        CliRun run = CliRun.of("check", "--source", ESSAY_TEXT.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[unquoted-statement]: statement 'condolences' has no quote from the"
                + " source text and is not marked implicit"), run::all);
        assertTrue(run.out().contains("1 map checked: 1 error"), run::all);
    }

    @Test
    void danglingReferencePrintsTheCompilerStyleFinding() throws IOException {
        Path map = write("essay.yaml", VALID.replace("supports: separate-fights", "supports: separate-fihgts"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        String expected = map + ":8:15: error[dangling-reference]: ";
        assertTrue(run.out().startsWith(expected), run::all);
        assertTrue(run.out().contains("""
                    8 |     supports: separate-fihgts
                      |               ^^^^^^^^^^^^^^^ did you mean 'separate-fights'?
                """), run::all);
        assertTrue(run.out().contains("1 map checked: 1 error"), run::all);
    }

    @Test
    void essayExpectationsFailWhenAnEditRemovesTheRebuttal() throws IOException {
        String essay = Files.readString(ESSAY_MAP, StandardCharsets.UTF_8);
        String withoutRebuttal = essay.replace("    attacks: revenge-calls-for-ties\n", "    supports: separate-fights\n");
        assertTrue(!withoutRebuttal.equals(essay), "the essay map's answer to revenge-calls-for-ties has moved");
        Path map = write("essay.yaml", withoutRebuttal);
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[expectation-failed]: 'revenge-calls-for-ties' is expected to be rejected"
                + " but evaluates as accepted"), run::all);
        assertTrue(run.out().contains(" |   rejected: [signs-of-rapprochement, common-cause, revenge-calls-for-ties]\n"
                + "      |                                                    ^^^^^^^^^^^^^^^^^^^^^^ nothing attacks it;"
                + " if the change is intended, list it under 'accepted'"), run::all);
        // With the revenge argument standing, the thesis it attacks falls too.
        assertTrue(run.out().contains("error[expectation-failed]: 'separate-fights' is expected to be accepted"), run::all);
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path map = write("w.yaml", VALID.replace("statements:", "perspectives:\n  unused: {label: Unused}\nstatements:"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("warning[unused-perspective]"), run::all);
    }

    @Test
    void ruleOptionChangesSeverity() throws IOException {
        Path map = write("w.yaml", VALID.replace("statements:", "perspectives:\n  unused: {label: Unused}\nstatements:"));
        CliRun raised = CliRun.of("check", "--rule", "unused-perspective=error", map.toString());
        assertEquals(ExitStatus.FINDINGS, raised.status(), raised::all);
        assertTrue(raised.out().contains("error[unused-perspective]"), raised::all);
        CliRun off = CliRun.of("check", "--rule", "unused-perspective=off", map.toString());
        assertEquals(ExitStatus.CLEAN, off.status(), off::all);
        assertFalse(off.out().contains("unused-perspective"), off::all);
    }

    @Test
    void offByDefaultRuleCanBeTurnedOn() throws IOException {
        Path map = write("c.yaml", VALID + "  shared-enemy:\n    text: A shared enemy.\n    attacks: separate-fights\n");
        assertFalse(CliRun.of("check", map.toString()).out().contains("unanswered-counterpoint"));
        CliRun on = CliRun.of("check", "--rule", "unanswered-counterpoint=info", map.toString());
        assertTrue(on.out().contains("info[unanswered-counterpoint]"), on::all);
        assertEquals(ExitStatus.CLEAN, on.status());
    }

    @Test
    void unknownRuleIsAUsageErrorWithDidYouMean() throws IOException {
        CliRun run = CliRun.of("check", "--rule", "dangling-refrence=off", write("ok.yaml", VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("unknown rule 'dangling-refrence'"), run::all);
        assertTrue(run.err().contains("did you mean 'dangling-reference'?"), run::all);
    }

    @Test
    void loaderRulesCannotBeTurnedOff() throws IOException {
        CliRun run = CliRun.of("check", "--rule", "schema=off", write("ok.yaml", VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
    }

    @Test
    void missingPathExitsTwo() {
        CliRun run = CliRun.of("check", dir.resolve("nope.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("no such file or folder"), run::all);
    }

    @Test
    void noPathIsAUsageError() {
        CliRun run = CliRun.of("check");
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("Missing required parameter"), run::all);
    }

    @Test
    void directoryMeansItsMapsAndSkipsOtherYaml() throws IOException {
        write("maps/a.yaml", VALID);
        write("maps/sub/b.yml", VALID);
        write("maps/ci.yaml", "jobs:\n  build: {}\n");
        write("maps/.hidden/c.yaml", VALID.replace("separate-fights\n", "nope\n"));
        CliRun run = CliRun.of("check", dir.resolve("maps").toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("2 maps checked"), run::all);
        assertEquals("note: skipped 1 YAML file without a top-level 'argmap:' key: " + dir.resolve("maps/ci.yaml") + "\n",
                run.err(), run::all);
    }

    @Test
    void directoryTakesYamlExtensionsInAnyCase() throws IOException {
        write("maps/a.YAML", VALID);
        write("maps/b.Yml", VALID);
        CliRun run = CliRun.of("check", dir.resolve("maps").toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("2 maps checked"), run::all);
    }

    @Test
    void unreadableSubfolderIsReportedAndTheRestIsChecked() throws IOException {
        write("maps/a.yaml", VALID);
        Path locked = write("maps/locked/b.yaml", VALID).getParent();
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            // root reads every folder; MapFilesTest covers the same with a listing that fails
            assumeTrue(!Files.isReadable(locked), "running as root: a folder cannot be made unreadable");
            CliRun run = CliRun.of("check", dir.resolve("maps").toString());
            assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
            assertTrue(run.out().contains("1 map checked: no problems"), run::all);
            assertTrue(run.err().contains("argmap: cannot read the folder " + locked + ": permission denied"), run::all);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void pathThroughAFileSaysTheFileIsNotAFolder() throws IOException {
        Path map = write("ok.yaml", VALID);
        CliRun run = CliRun.of("check", map.resolve("more.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("argmap: no such file or folder: " + map.resolve("more.yaml") + "\n  hint: " + map
                + " is a file, not a folder\n", run.err());
    }

    @Test
    void directoryWithoutMapsExitsTwo() throws IOException {
        write("empty/ci.yaml", "jobs: {}\n");
        CliRun run = CliRun.of("check", dir.resolve("empty").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("no maps in"), run::all);
        assertTrue(run.err().contains("; skipped 1 YAML file without a top-level 'argmap:' key: "
                + dir.resolve("empty/ci.yaml")), run::all);
    }

    @Test
    void randomBytesGiveAFindingAndNoStackTrace() throws IOException {
        byte[] bytes = new byte[2048];
        new Random(1).nextBytes(bytes);
        Path file = dir.resolve("random.yaml");
        Files.write(file, bytes);
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[yaml-syntax]: the file is not UTF-8 text"), run::all);
        assertFalse(run.all().contains("Exception"), run::all);
        assertFalse(run.all().contains("\tat "), run::all);
    }

    @Test
    void quotesAreCheckedAgainstTheSourceOption() throws IOException {
        Path source = write("essay.txt", "Russia and the United States will continue to fight separately.");
        Path map = write("q.yaml", VALID.replace("kind: thesis\n", "kind: thesis\n    quote: will continue to fight together\n"));
        CliRun run = CliRun.of("check", "--source", source.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[quote-not-found]"), run::all);
        CliRun without = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, without.status(), "no source text, no quote check");
    }

    @Test
    void mapSourceTextIsReadRelativeToTheMap() throws IOException {
        Files.createDirectories(dir.resolve(".git")); // maps/ and texts/ lie in one repository
        write("texts/essay.txt", "they will continue to fight separately");
        Path map = write("maps/m.yaml", VALID.replace("statements:", "source:\n  text: ../texts/essay.txt\nstatements:")
                .replace("kind: thesis\n", "kind: thesis\n    quote: they will continue to fight separately\n"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        Path broken = write("maps/n.yaml", VALID.replace("statements:", "source:\n  text: ../texts/missing.txt\nstatements:"));
        CliRun missing = CliRun.of("check", broken.toString());
        assertEquals(ExitStatus.FINDINGS, missing.status(), missing::all);
        assertTrue(missing.out().contains(broken + ":3:9: error[quote-not-found]: source text '../texts/missing.txt' cannot be read"),
                missing::all);
    }

    @Test
    void unreadableSourceOptionExitsTwo() throws IOException {
        CliRun run = CliRun.of("check", "--source", dir.resolve("none.txt").toString(), write("ok.yaml", VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("cannot read the source text"), run::all);
    }

    @Test
    void versionAndHelpExitZero() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("argmap "), version::all);
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("check") && help.out().contains("render"), help::all);
        assertTrue(help.out().contains("Exit status"), help::all);
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(ExitStatus.CANNOT_RUN, CliRun.of().status());
    }

    @Test
    void aFileWithOnlyCarriageReturnsShowsTheSourceLineUnderItsFinding() throws IOException {
        Path map = write("old-mac.yaml", VALID.replace("supports: separate-fights", "supports: separate-fight")
                .replace("\n", "\r"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains(map + ":8:15: error[dangling-reference]: 'separate-fight' is not a statement"
                + " or argument of this map\n    8 |     supports: separate-fight\n      |               ^^^^^^^^^^^^^^"),
                run::all);
    }
}
