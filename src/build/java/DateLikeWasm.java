import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, run from source by the pom after Chicory's compiler: gives the Java source that
 * Chicory writes on every build the modification time of the .wasm it was made from.
 *
 * <p>Chicory rewrites that source even when nothing changed, and a source newer than its class
 * makes the compiler plugin recompile all of argmap on every build. Dated like the wasm, it is
 * recompiled only when the wasm itself changes (the wasm is rewritten only then).
 *
 * <p>Usage: {@code java DateLikeWasm.java WASM GENERATED_SOURCE...}
 */
public final class DateLikeWasm {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: java DateLikeWasm.java WASM GENERATED_SOURCE...");
        }
        var wasmTime = Files.getLastModifiedTime(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Files.setLastModifiedTime(Path.of(args[i]), wasmTime);
        }
    }
}
