package org.argmap.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Draws a diagram's SVG as a PNG image, with Apache Batik and the JVM's fonts: no Graphviz and no
 * browser needed.
 *
 * <p>Scale 1 is 96 pixels per inch, the size a browser shows the SVG at (Graphviz measures in
 * points, 72 to the inch); scale 2 doubles width and height, for sharp images on high-density
 * screens and in print. The image records its resolution (96 × scale dpi), so it prints at the
 * diagram's size whatever the scale.
 *
 * <p>The pixels depend on the fonts installed where the image is drawn (see {@link BatikSvg}), so
 * the same SVG gives the same PNG on one machine but not necessarily on another.
 */
public final class PngExporter implements Exporter {

    public static final double DEFAULT_SCALE = 1;
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 8;
    /** Pixels per inch at scale 1: CSS's reference pixel. */
    public static final int DPI_AT_SCALE_1 = 96;
    /** Largest image drawn, in pixels (about 400 MB of memory while drawing). */
    public static final long MAX_PIXELS = 100_000_000L;

    private static final double MILLIMETRES_PER_INCH = 25.4;

    private final double scale;

    /** Images at {@link #DEFAULT_SCALE}; {@link #export(ExportInput)} draws at the scale asked for. */
    public PngExporter() {
        this(DEFAULT_SCALE);
    }

    /** @throws IllegalArgumentException unless {@link #MIN_SCALE} <= scale <= {@link #MAX_SCALE} */
    public PngExporter(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale " + scale + " is outside " + MIN_SCALE + ".." + MAX_SCALE);
        }
        this.scale = scale;
        BatikSvg.useHeadlessAwt();
    }

    public double scale() {
        return scale;
    }

    @Override
    public String name() {
        return "png";
    }

    @Override
    public String summary() {
        return "the diagram in pixels, sized with --scale";
    }

    @Override
    public boolean needsDrawing() {
        return true;
    }

    @Override
    public boolean reproducible() {
        return false;
    }

    @Override
    public String notReproducibleBecause() {
        return "its pixels depend on the fonts installed where it is drawn";
    }

    @Override
    public boolean text() {
        return false;
    }

    @Override
    public Exported export(ExportInput input) {
        PngExporter sized = input.scale() == scale ? this : new PngExporter(input.scale());
        return new Exported(sized.export(input.svg().get()), Optional.empty());
    }

    /**
     * The PNG image of {@code svg}.
     *
     * @throws ExportException if Batik cannot draw it, or it would exceed {@link #MAX_PIXELS}
     */
    public byte[] export(String svg) {
        Capture capture = new Capture();
        capture.setErrorHandler(new BatikSvg.QuietErrors());
        capture.addTranscodingHint(ImageTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER,
                (float) (MILLIMETRES_PER_INCH / (DPI_AT_SCALE_1 * scale)));
        try {
            capture.transcode(new TranscoderInput(new StringReader(BatikSvg.forAwtFonts(svg))), null);
        } catch (TranscoderException e) {
            if (e.getException() instanceof TooLarge tooLarge) {
                throw new ExportException(tooLarge.getMessage());
            }
            throw new ExportException("cannot draw the PNG: " + e.getMessage(), e);
        } catch (TooLarge e) {
            throw new ExportException(e.getMessage());
        }
        return encode(capture.image);
    }

    private byte[] encode(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("every Java platform has a PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            recordResolution(metadata);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new ExportException("cannot encode the PNG: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The pHYs chunk: pixels per metre, so that viewers and printers know the intended size. */
    private void recordResolution(IIOMetadata metadata) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(DPI_AT_SCALE_1 * scale / MILLIMETRES_PER_INCH * 1000));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    /** Batik's image transcoder, keeping the image instead of writing it. */
    private static final class Capture extends ImageTranscoder {

        private BufferedImage image;

        /** Refuses an image too large before Batik allocates it. */
        @Override
        protected void setImageSize(float documentWidth, float documentHeight) {
            super.setImageSize(documentWidth, documentHeight);
            long pixels = (long) Math.ceil(width) * (long) Math.ceil(height);
            if (pixels > MAX_PIXELS) {
                throw new TooLarge("the PNG would be " + (long) Math.ceil(width) + " × " + (long) Math.ceil(height)
                        + " pixels, more than " + MAX_PIXELS / 1_000_000 + " million; choose a smaller --scale,"
                        + " or export svg or pdf");
            }
        }

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage drawn, TranscoderOutput output) {
            this.image = drawn;
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
