import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Build step, run from source by the pom during process-resources: writes the launchers
 * {@code argmap} (POSIX shell) and {@code argmap.cmd} (Windows) into the build folder, next to where
 * the jar will be, from the templates in src/main/launcher, with the pom's JVM flags put in for
 * {@code @JVM_FLAGS@}. Both scripts get the flags from this one place, so they cannot drift apart.
 *
 * <p>A Java step rather than Maven resource filtering because the shell script must be executable
 * and the resources plugin does not set file modes; and the Windows script gets CRLF line ends,
 * which cmd.exe wants, whatever the checkout has.
 *
 * <p>Usage: {@code java MakeLaunchers.java TEMPLATE_FOLDER OUTPUT_FOLDER JVM_FLAGS}
 */
public final class MakeLaunchers {

    private static final String FLAGS = "@JVM_FLAGS@";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java MakeLaunchers.java TEMPLATE_FOLDER OUTPUT_FOLDER JVM_FLAGS");
        }
        Path templates = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String flags = String.join(" ", args[2].strip().split("\\s+"));
        Files.createDirectories(output);

        Path posix = write(templates.resolve("argmap"), output.resolve("argmap"), flags, "\n");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(posix, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        write(templates.resolve("argmap.cmd"), output.resolve("argmap.cmd"), flags, "\r\n");
    }

    private static Path write(Path template, Path target, String flags, String lineEnd) throws IOException {
        String text = Files.readString(template);
        if (!text.contains(FLAGS)) {
            throw new IllegalStateException(template + " has no " + FLAGS + " to put the JVM flags in");
        }
        String script = text.replace(FLAGS, flags).lines().map(line -> line + lineEnd).reduce("", String::concat);
        Files.writeString(target, script);
        return target;
    }
}
