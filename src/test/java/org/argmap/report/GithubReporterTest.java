package org.argmap.report;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void twoMapsMatchTheGoldenFile() {
        assertMatchesGolden("two-maps.github.txt", new GithubReporter().report(SampleResults.RESULTS));
    }

    @Test
    void errorBecomesAnErrorCommandWithPositionTitleAndHint() {
        Diagnostic d = Diagnostic.error("dangling-reference", Location.span("maps/essay.yaml", 10, 15, 15),
                "'separate-fihgts' is not a statement or argument of this map", "did you mean 'separate-fights'?");
        assertEquals("::error file=maps/essay.yaml,line=10,col=15,endLine=10,endColumn=30,title=dangling-reference"
                + "::'separate-fihgts' is not a statement or argument of this map — did you mean 'separate-fights'?",
                GithubReporter.command(d));
    }

    @Test
    void warningsAndInfosBecomeWarningAndNoticeCommands() {
        Diagnostic error = Diagnostic.error("disconnected", Location.at("a.yaml", 1, 1), "m");
        assertEquals("::warning file=a.yaml,line=1,col=1,endLine=1,endColumn=1,title=disconnected::m",
                GithubReporter.command(error.withSeverity(Severity.WARNING)));
        assertEquals("::notice file=a.yaml,line=1,col=1,endLine=1,endColumn=1,title=disconnected::m",
                GithubReporter.command(error.withSeverity(Severity.INFO)));
    }

    @Test
    void messageEscapesPercentAndLineBreaksOnly() {
        assertEquals("50%25 off%0D%0Anext: a, b", GithubReporter.data("50% off\r\nnext: a, b"));
        assertEquals("%2525", GithubReporter.data("%25"));
    }

    @Test
    void propertyAlsoEscapesColonAndComma() {
        assertEquals("C%3A\\maps\\a%2Cb%25.yaml", GithubReporter.property("C:\\maps\\a,b%.yaml"));
        assertEquals("x%0Ay", GithubReporter.property("x\ny"));
    }

    @Test
    void escapingAppliesInsideTheCommand() {
        Diagnostic d = new Diagnostic("schema", Severity.ERROR, Location.at("odd,name:1.yaml", 2, 3),
                "line one\nline two: 100%", Optional.of("fix, then rerun"));
        assertEquals("::error file=odd%2Cname%3A1.yaml,line=2,col=3,endLine=2,endColumn=3,title=schema"
                + "::line one%0Aline two: 100%25 — fix, then rerun", GithubReporter.command(d));
    }

    @Test
    void reportEndsWithTheTallyLine() {
        String report = new GithubReporter().report(new CheckResults(List.of("a.yaml"), List.of()));
        assertEquals("1 map checked: no problems\n", report);
    }
}
