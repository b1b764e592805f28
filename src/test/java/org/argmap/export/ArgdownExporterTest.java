package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Argdown as a registered exporter writes exactly what {@link ArgdownWriter} writes, pinned by golden files. */
class ArgdownExporterTest {

    @Test
    void argdownOfTheSmallMapMatchesItsGoldenFile() {
        assertMatchesGolden("export/small-map.argdown", JsonExporterTest.export(new ArgdownExporter(), ExporterGolden.map()));
    }

    @Test
    void argdownOfTheEssayMatchesItsGoldenFile() throws IOException {
        String argdown = JsonExporterTest.export(new ArgdownExporter(), JsonExporterTest.essay());
        assertMatchesGolden("export/st-petersburg-bombing.argdown", argdown);
        assertEquals(ArgdownWriter.write(JsonExporterTest.essay()), argdown);
    }
}
