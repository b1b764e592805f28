import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step, run from source by the pom once the jar is assembled: fails the build if the jar
 * carries a native library. argmap's embedded engine is pure Java (Graphviz as WebAssembly, run
 * by Chicory), so the one jar runs on every platform with Java 17; a dependency that brings in a
 * .so, .dll, .dylib or .jnilib would quietly make it platform-bound again.
 *
 * <p>Usage: {@code java NoNativeCode.java JAR}. Prints the jar's size and entry count.
 */
public final class NoNativeCode {

    private static final List<String> NATIVE_SUFFIXES = List.of(".so", ".dll", ".dylib", ".jnilib");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java NoNativeCode.java JAR");
        }
        Path jar = Path.of(args[0]);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> natives = zip.stream().map(ZipEntry::getName).filter(NoNativeCode::isNative).toList();
            if (!natives.isEmpty()) {
                System.err.println("[no-native-code] " + jar + " carries native libraries, which tie it to one platform:");
                natives.forEach(name -> System.err.println("  " + name));
                System.err.println("  hint: exclude the dependency that brings them (mvn dependency:tree shows which)");
                System.exit(1);
            }
            System.out.println("[no-native-code] " + jar + ": " + Files.size(jar) + " bytes, " + zip.size()
                    + " entries, no native library");
        }
    }

    static boolean isNative(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        // a versioned shared object such as libfoo.so.1 is native too
        return NATIVE_SUFFIXES.stream().anyMatch(name::endsWith) || name.matches(".*\\.so\\.[0-9.]+");
    }
}
