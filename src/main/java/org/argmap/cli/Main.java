package org.argmap.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code argmap} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Maps and their findings are UTF-8 whatever the locale: under LC_ALL=C the platform
        // charset would print every non-ASCII character of a statement as '?'.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = CommandLineFactory.create(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
