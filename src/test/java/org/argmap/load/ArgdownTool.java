package org.argmap.load;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The Argdown CLI the interchange tests run: {@code $ARGMAP_ARGDOWN} when set, else the copy
 * {@code .ci/run} installs with npm into {@code ~/.cache/argmap-argdown}, else {@code argdown} on
 * PATH. Tests that need it skip, saying how to get it, when there is none.
 */
final class ArgdownTool {

    static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "argmap-argdown", "node_modules",
            ".bin", "argdown");

    private ArgdownTool() {
    }

    static Optional<ArgdownCli> find() {
        Duration limit = Duration.ofSeconds(60);
        String env = System.getenv("ARGMAP_ARGDOWN");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(new ArgdownCli(Path.of(env), limit));
        }
        if (Files.isExecutable(CACHE)) {
            return Optional.of(new ArgdownCli(CACHE, limit));
        }
        return ArgdownCli.onPath(limit);
    }

    /** The CLI, or the test is skipped with a message saying how to install it. */
    static ArgdownCli require() {
        Optional<ArgdownCli> cli = find();
        assumeTrue(cli.isPresent(), "SKIPPED: the Argdown CLI is absent; `.ci/run` installs it with "
                + "`npm install --prefix ~/.cache/argmap-argdown @argdown/cli@1.7.5` (or set ARGMAP_ARGDOWN)");
        return cli.get();
    }
}
