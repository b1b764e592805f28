import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.fixtures.GeneratedMaps;

/** Writes GeneratedMaps.yaml(N, 7) to a file: java -cp target/test-classes scripts/GenerateMap.java N OUT.yaml */
public class GenerateMap {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[1]), GeneratedMaps.yaml(Integer.parseInt(args[0]), 7));
    }
}
