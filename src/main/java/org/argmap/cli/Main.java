package org.argmap.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.argmap.render.engine.EngineSelector;

/** Entry point of the {@code argmap} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Maps and their findings are UTF-8 whatever the locale: under LC_ALL=C the platform
        // charset would print every non-ASCII character of a statement as '?'.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // on a terminal, check and render say how far they have got, on a line that what they
        // print clears first
        ProgressLine progress = ProgressLine.forThisProcess(err);
        int status = CommandLineFactory.create(progress.guard(out), progress.guard(err), EngineSelector.forThisProcess(),
                progress).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
