package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Node;

class PngExporterTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SVG = ExportSamples.svg("Common enemy, separate fights", "Mutual distrust &amp; more");

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void imageIsAPngOfTheDiagramsSizeAt96Dpi() throws IOException {
        byte[] png = new PngExporter(1).export(SVG);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, 8));
        BufferedImage image = read(png);
        // 300 x 200 points at 96/72 pixels per point
        assertEquals(400, image.getWidth());
        assertEquals(267, image.getHeight(), 1);
        assertTrue(png.length > 2000, "a drawing with text is more than a blank page: " + png.length + " bytes");
    }

    @Test
    void scaleTwoDoublesWidthAndHeight() throws IOException {
        BufferedImage one = read(new PngExporter(1).export(SVG));
        BufferedImage two = read(new PngExporter(2).export(SVG));
        assertEquals(2 * one.getWidth(), two.getWidth(), 1);
        assertEquals(2 * one.getHeight(), two.getHeight(), 1);
    }

    @Test
    void textIsDrawnNotJustTheBoxes() throws IOException {
        BufferedImage withText = read(new PngExporter(1).export(SVG));
        BufferedImage without = read(new PngExporter(1).export(ExportSamples.svg()));
        int differing = 0;
        for (int y = 0; y < withText.getHeight(); y++) {
            for (int x = 0; x < withText.getWidth(); x++) {
                if (withText.getRGB(x, y) != without.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 500, "only " + differing + " pixels of text");
    }

    @Test
    void imageRecordsItsResolutionSoItPrintsAtTheDiagramsSize() throws IOException {
        assertEquals("7559", pixelsPerMetre(new PngExporter(2).export(SVG)), "192 dpi");
        assertEquals("3780", pixelsPerMetre(new PngExporter(1).export(SVG)), "96 dpi");
    }

    private static String pixelsPerMetre(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeName().equals("pHYs")) {
                    return child.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue();
                }
            }
            return "(no pHYs chunk)";
        }
    }

    @Test
    void sameSvgGivesTheSameBytesOnThisMachine() {
        assertArrayEquals(new PngExporter(1).export(SVG), new PngExporter(1).export(SVG));
    }

    @Test
    void imageOverTheLimitIsRefusedBeforeItIsDrawn() {
        String huge = SVG.replace("width=\"300pt\" height=\"200pt\"", "width=\"30000pt\" height=\"20000pt\"");
        ExportException e = assertThrows(ExportException.class, () -> new PngExporter(1).export(huge));
        assertTrue(e.getMessage().contains("40000 × 26667 pixels"), e.getMessage());
        assertTrue(e.getMessage().contains("--scale"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.2, 8.5, -1, Double.NaN})
    void scaleOutsideTheRangeIsRefused(double scale) {
        assertThrows(IllegalArgumentException.class, () -> new PngExporter(scale));
    }

    @Test
    void svgThatIsNotSvgIsAnExportError() {
        assertThrows(ExportException.class, () -> new PngExporter(1).export("<html>not a diagram</html>"));
    }

    /**
     * The golden file describes the image rather than holding its pixels, which depend on the
     * fonts installed: its size and resolution at scale 1 and 2, which do not.
     */
    @Test
    void smallMapsImageSizesMatchItsGoldenFile() throws IOException {
        StringBuilder description = new StringBuilder();
        for (double scale : List.of(1.0, 2.0)) {
            ExportInput golden = ExporterGolden.input();
            ExportInput input = new ExportInput(golden.map(), golden.dot(), golden.svg(), golden.diagnostics(),
                    Optional.empty(), scale);
            byte[] png = new PngExporter().export(input).bytes();
            BufferedImage image = read(png);
            description.append("scale ").append(scale).append(": ").append(image.getWidth()).append(" x ")
                    .append(image.getHeight()).append(" pixels, ").append(pixelsPerMetre(png)).append(" pixels per metre\n");
        }
        assertMatchesGolden("export/small-map.png.txt", description.toString());
    }
}
