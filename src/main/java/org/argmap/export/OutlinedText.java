package org.argmap.export;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces each line of SVG text that the PDF standard fonts cannot show by its outline, drawn
 * with the JVM's fonts, before FOP sees the SVG.
 *
 * <p>FOP sets text in the standard fonts, which have the characters of Windows Latin-1 only; any
 * other character (Cyrillic, Greek, Chinese, the legend's ▶) would print as '#'. Such a line
 * becomes a {@code <path>} of its glyphs instead, at the same place, size, weight and colour, so it
 * shows correctly wherever the machine has a font for it, but it cannot be searched or selected.
 * Every other line stays text. Graphviz writes each line as its own {@code <text>} element with
 * literal coordinates, which is what makes this a local change.
 */
final class OutlinedText {

    /** The SVG with outlines, and how many lines of words (not lone symbols) became outlines. */
    record Result(String svg, int outlinedLines) {
    }

    private static final Pattern TEXT = Pattern.compile("<text\\b([^>]*)>([^<]*)</text>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);

    private OutlinedText() {
    }

    static Result of(String svg) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        Set<String> installed = installedFamilies();
        Matcher text = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        int lines = 0;
        while (text.find()) {
            String content = unescape(text.group(2));
            if (encoder.canEncode(content)) {
                text.appendReplacement(out, Matcher.quoteReplacement(text.group()));
                continue;
            }
            if (content.codePoints().anyMatch(Character::isLetterOrDigit)) {
                lines++;
            }
            text.appendReplacement(out, Matcher.quoteReplacement(outline(attributes(text.group(1)), content, installed)));
        }
        text.appendTail(out);
        return new Result(out.toString(), lines);
    }

    private static String outline(List<String[]> attributes, String content, Set<String> installed) {
        double x = number(attribute(attributes, "x").orElse("0"));
        double y = number(attribute(attributes, "y").orElse("0"));
        float size = (float) number(attribute(attributes, "font-size").orElse("14"));
        int style = (attribute(attributes, "font-weight").filter(w -> w.equals("bold") || w.matches("[6-9]00")).isPresent()
                ? Font.BOLD : Font.PLAIN)
                | (attribute(attributes, "font-style").filter(s -> s.equals("italic") || s.equals("oblique")).isPresent()
                ? Font.ITALIC : Font.PLAIN);
        Font font = font(attribute(attributes, "font-family").orElse("Helvetica"), installed, content).deriveFont(style, size);
        GlyphVector glyphs = font.createGlyphVector(FRACTIONAL, content);
        double advance = glyphs.getLogicalBounds().getWidth();
        String anchor = attribute(attributes, "text-anchor").orElse("start");
        double left = switch (anchor) {
            case "middle" -> x - advance / 2;
            case "end" -> x - advance;
            default -> x;
        };
        StringBuilder path = new StringBuilder("<path");
        for (String[] kept : attributes) {
            if (kept[0].equals("fill") || kept[0].equals("fill-opacity") || kept[0].equals("transform")) {
                path.append(' ').append(kept[0]).append("=\"").append(kept[1]).append('"');
            }
        }
        return path.append(" d=\"").append(pathData(glyphs.getOutline((float) left, (float) y))).append("\"/>").toString();
    }

    /**
     * The first family named (Helvetica standing for the fonts of its widths) that is installed
     * and has every character, else Java's logical sans-serif font, which falls back per
     * character to whatever installed font has it.
     */
    private static Font font(String familyList, Set<String> installed, String content) {
        for (String name : familyList.split(",")) {
            String family = name.strip();
            List<String> candidates = family.equalsIgnoreCase("Helvetica")
                    ? concat(family, BatikSvg.HELVETICA_METRIC_FONTS) : List.of(family);
            for (String candidate : candidates) {
                if (installed.contains(candidate.toLowerCase(Locale.ROOT))) {
                    Font font = new Font(candidate, Font.PLAIN, 1);
                    if (font.canDisplayUpTo(content) == -1) {
                        return font;
                    }
                }
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    private static List<String> concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return Arrays.asList(all);
    }

    private static Set<String> installedFamilies() {
        Set<String> families = new TreeSet<>();
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            families.add(family.toLowerCase(Locale.ROOT));
        }
        return families;
    }

    private static String pathData(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(c, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(c, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(c, 3));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String points(double[] coordinates, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count * 2; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(String.format(Locale.ROOT, "%.2f", coordinates[i]));
        }
        return out.toString();
    }

    private static List<String[]> attributes(String text) {
        Matcher attribute = ATTRIBUTE.matcher(text);
        List<String[]> all = new java.util.ArrayList<>();
        while (attribute.find()) {
            all.add(new String[] {attribute.group(1), attribute.group(2)});
        }
        return all;
    }

    private static Optional<String> attribute(List<String[]> attributes, String name) {
        return attributes.stream().filter(a -> a[0].equals(name)).map(a -> a[1]).findFirst();
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value.replaceAll("[a-z%]+$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** XML text with its references decoded. */
    static String unescape(String xmlText) {
        Matcher reference = REFERENCE.matcher(xmlText);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        reference.appendTail(out);
        return out.toString();
    }
}
