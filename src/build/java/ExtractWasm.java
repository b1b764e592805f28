import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Build step, run from source by the pom during generate-sources: takes the Graphviz WebAssembly
 * module out of {@code @viz-js/viz}'s {@code lib/backend.js} and writes it as a .wasm file for
 * Chicory's compiler.
 *
 * <p>Emscripten's single-file mode ships no .wasm: the module is a JavaScript string literal
 * handed to {@code binaryDecode(...)} inside {@code findWasmBinary}, one character per byte, and
 * {@code binaryDecode} turns each character code {@code c} into the byte {@code ~c >> 8 & c}
 * (codes below 256 stand for themselves; a few bytes are written as other characters so that the
 * text stays valid). This program undoes the string escapes, applies the same formula and refuses
 * to write anything whose SHA-256 is not the one the pom pins, so a changed package cannot slip
 * in unnoticed.
 *
 * <p>Usage: {@code java ExtractWasm.java BACKEND_JS OUTPUT_WASM EXPECTED_SHA256}
 */
public final class ExtractWasm {

    private static final String START = "function findWasmBinary(){return binaryDecode(";

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java ExtractWasm.java BACKEND_JS OUTPUT_WASM EXPECTED_SHA256");
        }
        Path backend = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String expected = args[2].toLowerCase();

        if (Files.isRegularFile(output) && sha256(Files.readAllBytes(output)).equals(expected)) {
            return; // already extracted by an earlier build
        }
        byte[] wasm = decode(Files.readString(backend, StandardCharsets.UTF_8), backend);
        String actual = sha256(wasm);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("the WebAssembly module in " + backend + " has SHA-256 " + actual
                    + ", not the " + expected + " the pom expects; the package is not the one argmap was built with");
        }
        Path temporary = output.resolveSibling(output.getFileName() + ".tmp");
        Files.write(temporary, wasm);
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("[extract-wasm] " + wasm.length + " bytes, SHA-256 " + actual + " -> " + output);
    }

    static byte[] decode(String script, Path source) {
        int start = script.indexOf(START);
        if (start < 0) {
            throw new IllegalStateException(source + " has no '" + START + "': not an Emscripten single-file build");
        }
        int at = start + START.length();
        char quote = script.charAt(at);
        if (quote != '\'' && quote != '"') {
            throw new IllegalStateException(source + ": binaryDecode is not given a string literal");
        }
        StringBuilder text = new StringBuilder(script.length() - at);
        int i = at + 1;
        while (true) {
            char c = script.charAt(i++);
            if (c == quote) {
                break;
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = script.charAt(i++);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'v' -> text.append('\u000B');
                case '0' -> text.append('\0'); // never followed by a digit in generated code
                case 'x' -> {
                    text.append((char) Integer.parseInt(script.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    if (script.charAt(i) == '{') {
                        int end = script.indexOf('}', i);
                        text.appendCodePoint(Integer.parseInt(script.substring(i + 1, end), 16));
                        i = end + 1;
                    } else {
                        text.append((char) Integer.parseInt(script.substring(i, i + 4), 16));
                        i += 4;
                    }
                }
                case '\n' -> { } // line continuation
                case '\r' -> {
                    if (script.charAt(i) == '\n') {
                        i++;
                    }
                }
                default -> text.append(escaped); // \\ \' \" and any other character stand for themselves
            }
        }
        byte[] bytes = new byte[text.length()];
        for (int k = 0; k < bytes.length; k++) {
            int c = text.charAt(k);
            bytes[k] = (byte) ((~c >> 8) & c);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
