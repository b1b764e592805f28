package org.argmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.StubEngine;

/**
 * Runs the argmap command line in-process and captures what it prints. It draws with the
 * {@link StubEngine}, which needs no Graphviz and runs on every platform; the tests where the real
 * drawing matters (its bytes, its stamp's Graphviz version) use {@link #withRealEngines}.
 */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        return with(StubEngine.selector(), args);
    }

    /** Drawing with this process's engines: native Graphviz if on PATH, and the embedded one. */
    static CliRun withRealEngines(String... args) {
        return with(EngineSelector.forThisProcess(), args);
    }

    static CliRun with(EngineSelector engines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineFactory.create(new PrintWriter(out, true), new PrintWriter(err, true), engines).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Everything printed, for asserting that something appears nowhere. */
    String all() {
        return out + err;
    }
}
