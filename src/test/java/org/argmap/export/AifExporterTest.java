package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** AIF as a registered exporter writes exactly what {@link AifWriter} writes, pinned by a golden file. */
class AifExporterTest {

    @Test
    void aifOfTheEssayMatchesItsGoldenFile() throws IOException {
        String aif = JsonExporterTest.export(new AifExporter(), JsonExporterTest.essay());
        assertMatchesGolden("export/st-petersburg-bombing.aif.json", aif);
        assertEquals(new AifWriter().write(JsonExporterTest.essay()), aif);
    }
}
