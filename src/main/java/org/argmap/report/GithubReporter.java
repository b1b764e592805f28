package org.argmap.report;

import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.PrintableText;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;

/**
 * The findings as GitHub Actions workflow commands, one line each, which the Actions runner turns
 * into annotations on the file and line:
 * {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE — HINT}.
 * Warnings become {@code ::warning}, infos {@code ::notice}. The last line is the tally that the
 * text format ends with, for whoever reads the log.
 *
 * <p>Values are escaped as the runner expects: in the message {@code %}, CR and LF become
 * {@code %25}, {@code %0D} and {@code %0A}; in the properties {@code :} and {@code ,} also become
 * {@code %3A} and {@code %2C}. The message, its line breaks so escaped, is then made
 * {@link PrintableText#line printable} as in the text format, so that a log or terminal shows any
 * other control character as an escape rather than running it; the file name is left exact, for
 * the annotation to find its file.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String report(CheckResults results) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : results.findings()) {
            out.append(command(d)).append('\n');
        }
        out.append(TextReporter.tally(results)).append('\n');
        return out.toString();
    }

    static String command(Diagnostic d) {
        Location at = d.location();
        return "::" + command(d.severity()) + " file=" + property(at.file())
                + ",line=" + at.line() + ",col=" + at.column()
                + ",endLine=" + at.endLine() + ",endColumn=" + at.endColumn()
                + ",title=" + property(d.rule())
                + "::" + PrintableText.line(data(d.message() + d.hint().map(h -> " — " + h).orElse("")));
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, which also ends at ',' and ':'. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
