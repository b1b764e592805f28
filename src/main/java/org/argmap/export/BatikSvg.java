package org.argmap.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;

/**
 * Graphviz's SVG, adjusted for drawing with Batik. The file argmap writes is not changed; only
 * the copy handed to Batik is.
 *
 * <ul>
 *   <li>Graphviz writes {@code stroke="transparent"}, which SVG 1.1 does not define (Batik
 *       reports every one as an error); {@code none} draws the same.</li>
 *   <li>The DOCTYPE goes, so that no parser is ever tempted to fetch the DTD.</li>
 *   <li>Fonts come from the JVM's font configuration, which rarely has Helvetica. Graphviz sized
 *       every box for Helvetica's widths, so fonts with the same widths (Arial, Liberation Sans,
 *       Nimbus Sans) are named after it; without any of them Java's default sans-serif font
 *       (often DejaVu Sans, a little wider) is used.</li>
 * </ul>
 */
final class BatikSvg {

    /** Fonts with Helvetica's character widths, in the order they are tried. */
    static final List<String> HELVETICA_METRIC_FONTS = List.of("Arial", "Liberation Sans", "Nimbus Sans", "Nimbus Sans L");

    private static final Pattern TRANSPARENT = Pattern.compile("(stroke|fill)=\"transparent\"");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?>");
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*>|</a>");

    private BatikSvg() {
    }

    /**
     * Keeps AWT from looking for a display (argmap runs in terminals, containers and CI, and on
     * macOS a dock icon would appear). Takes effect only before AWT is first used, so every
     * exporter calls it when it is created; a value the user set is kept.
     */
    static void useHeadlessAwt() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** {@code svg} ready for Batik, with Helvetica followed by the fonts of the same widths. */
    static String forAwtFonts(String svg) {
        return prepare(svg, family -> family.equalsIgnoreCase("Helvetica")
                ? prepend(family, HELVETICA_METRIC_FONTS) : List.of(family));
    }

    /**
     * {@code svg} without its links, their content kept. FOP's transcoder places a link's clickable
     * area far from its text (off the page for the essay map's source line), so a PDF is better
     * without them; the HTML page keeps them.
     */
    static String withoutLinks(String svg) {
        return LINK.matcher(svg).replaceAll("");
    }

    /** {@code svg} ready for Batik, fonts as Graphviz named them. */
    static String withFontsAsNamed(String svg) {
        return prepare(svg, List::of);
    }

    private static String prepare(String svg, java.util.function.Function<String, List<String>> family) {
        String cleaned = DOCTYPE.matcher(TRANSPARENT.matcher(svg).replaceAll("$1=\"none\"")).replaceFirst("");
        return replaceAll(FONT_FAMILY, cleaned, match -> {
            Set<String> families = new LinkedHashSet<>();
            for (String name : match.split(",")) {
                if (!name.isBlank()) {
                    families.addAll(family.apply(name.strip()));
                }
            }
            return "font-family=\"" + String.join(",", families) + "\"";
        });
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String replaceAll(Pattern pattern, String text, UnaryOperator<String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Batik's error handler without its habit of printing to stderr: problems it can draw past
     * (an attribute it does not understand) are ignored, the rest fail the export.
     */
    static final class QuietErrors implements ErrorHandler {

        @Override
        public void error(TranscoderException e) {
            // drawn without the offending attribute, as a browser would
        }

        @Override
        public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void warning(TranscoderException e) {
            // nothing the reader of a diagram needs
        }
    }
}
