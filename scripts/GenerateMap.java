import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.fixtures.GeneratedMaps;

/**
 * Writes GeneratedMaps.yaml(N, 7) to a file, or COUNT different maps of N statements (seeds 1 to
 * COUNT) into a folder as map-001.yaml ...:
 * java -cp target/test-classes scripts/GenerateMap.java N OUT.yaml
 * java -cp target/test-classes scripts/GenerateMap.java N FOLDER COUNT
 */
public class GenerateMap {
    public static void main(String[] args) throws Exception {
        int statements = Integer.parseInt(args[0]);
        if (args.length < 3) {
            Files.writeString(Path.of(args[1]), GeneratedMaps.yaml(statements, 7));
            return;
        }
        Path folder = Files.createDirectories(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        for (int seed = 1; seed <= count; seed++) {
            Files.writeString(folder.resolve(String.format("map-%03d.yaml", seed)), GeneratedMaps.yaml(statements, seed));
        }
    }
}
