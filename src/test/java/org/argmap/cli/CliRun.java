package org.argmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the argmap command line in-process and captures what it prints. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineFactory.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Everything printed, for asserting that something appears nowhere. */
    String all() {
        return out + err;
    }
}
