package org.argmap.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code argmap check}: report every problem in the maps, like a compiler. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check maps for structural problems and print each finding with its source line.")
public final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MapChecker checker = new MapChecker(options);
        List<MapChecker.CheckedMap> results = checker.checkAll(MapFiles.expand(options.paths));
        Reporting.print(out, results);
        return MapChecker.exitStatus(results);
    }
}
