package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.PrintableText;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.diagnostic.SourceLines;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * {@code invisible-character}: a character in the map's file that a reviewer cannot see, so that
 * the map says something other than what it shows: a bidi embedding, override or isolate (U+202E
 * makes "evil" display as "live"), an invisible character (zero-width space, soft hyphen, a byte
 * order mark inside the text, tag characters, ...), or a control character (ESC, which acts on a
 * terminal, or a carriage return).
 *
 * <p>Each is reported where it is written: in the file's text as it stands (ids, texts, labels,
 * quotes, notes and comments alike), and inside double-quoted values, where YAML spells it as an
 * escape such as <code>"&#92;u202e"</code>, at the escape's backslash. Columns count code points, as the
 * YAML reader's do.
 *
 * <p>Not reported, because they belong in ordinary text: tab and line feed; the bidi marks
 * (U+200E, U+200F, U+061C); a joiner or zero-width space between two letters of a script that
 * uses them, such as the non-joiner in Persian or the joiner in Devanagari (any script but Latin,
 * Greek and Cyrillic, where they only hide); a joiner between two emoji (a family, a profession);
 * the tag characters of a flag such as England's; a byte order mark at the very start of the file.
 */
final class InvisibleCharacterRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("invisible-character", Severity.INFO, true,
            "a bidi control, invisible or control character that makes the map read differently from what it holds",
            "Delete the character unless it is meant to be there; argmap's own output shows it as an escape.");

    private static final int BYTE_ORDER_MARK = 0xfeff;
    private static final int BLACK_FLAG = 0x1f3f4;
    private static final int CANCEL_TAG = 0xe007f;
    private static final int VARIATION_SELECTOR_16 = 0xfe0f;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        if (context.mapText().isEmpty()) {
            return List.of();
        }
        String text = context.mapText().get();
        ArgumentMap map = context.map();
        List<Diagnostic> findings = new ArrayList<>();
        List<Written> raw = characters(text);
        for (int i = 0; i < raw.size(); i++) {
            if (i == 0 && raw.get(0).codePoint() == BYTE_ORDER_MARK) {
                continue;
            }
            report(map.file(), raw, i, false).ifPresent(findings::add);
        }
        int[] firstOfLine = firstOfLine(raw);
        scalars(map).distinct().forEach(at -> {
            List<Written> decoded = doubleQuoted(raw, firstOfLine, at);
            for (int i = 0; i < decoded.size(); i++) {
                if (decoded.get(i).escaped()) {
                    report(map.file(), decoded, i, true).ifPresent(findings::add);
                }
            }
        });
        return List.copyOf(findings);
    }

    /** A character and where it is written; {@code escaped} when a YAML escape spells it. */
    private record Written(int codePoint, int line, int column, int width, boolean escaped) {
    }

    private Optional<Diagnostic> report(String file, List<Written> around, int index, boolean escape) {
        Written c = around.get(index);
        int previous = index > 0 ? around.get(index - 1).codePoint() : -1;
        int next = index + 1 < around.size() ? around.get(index + 1).codePoint() : -1;
        Optional<String> what = problem(c.codePoint(), previous, next, around, index);
        if (what.isEmpty()) {
            return Optional.empty();
        }
        String name = "U+" + String.format(Locale.ROOT, "%04X", c.codePoint())
                + Optional.ofNullable(Character.getName(c.codePoint())).map(n -> " " + n).orElse("");
        return Optional.of(diagnostic(Location.span(file, c.line(), c.column(), c.width()),
                name + (escape ? ", written as an escape," : "") + " is " + what.get(),
                Optional.of("delete it unless it is meant to be there")));
    }

    /** What is wrong with this character where it stands, or empty when nothing is. */
    private static Optional<String> problem(int c, int previous, int next, List<Written> around, int index) {
        if (PrintableText.isBidiOverride(c)) {
            return Optional.of("a bidi control: the text after it can display in another order than it is written");
        }
        if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || PrintableText.isLineSeparator(c)) {
            return Optional.of("a control character: it can act on a terminal or break a line where none shows");
        }
        boolean hidden = PrintableText.isInvisible(c) || PrintableText.isJoiner(c);
        if (!hidden || betweenLettersOfAJoiningScript(c, previous, next) || joinsEmoji(c, previous, next)
                || inFlag(c, around, index)) {
            return Optional.empty();
        }
        return Optional.of("invisible: text with it looks the same as text without it");
    }

    private static boolean betweenLettersOfAJoiningScript(int c, int previous, int next) {
        if ((c != 0x200b && !PrintableText.isJoiner(c)) || previous < 0 || next < 0
                || !isLetterOrMark(previous) || !isLetterOrMark(next)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(previous);
        return script == Character.UnicodeScript.of(next) && switch (script) {
            case LATIN, GREEK, CYRILLIC, COMMON, INHERITED, UNKNOWN -> false;
            default -> true;
        };
    }

    private static boolean isLetterOrMark(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** A zero-width joiner inside an emoji sequence, as in woman, joiner, laptop (a programmer). */
    private static boolean joinsEmoji(int c, int previous, int next) {
        return c == 0x200d && isEmojiPart(previous) && Character.getType(next) == Character.OTHER_SYMBOL;
    }

    private static boolean isEmojiPart(int c) {
        return c >= 0 && (Character.getType(c) == Character.OTHER_SYMBOL || c == VARIATION_SELECTOR_16
                || (c >= 0x1f3fb && c <= 0x1f3ff));
    }

    /** A tag character of a subdivision flag: black flag, tag letters, cancel tag. */
    private static boolean inFlag(int c, List<Written> around, int index) {
        if (c < 0xe0020 || c > CANCEL_TAG) {
            return false;
        }
        int first = index;
        while (first > 0 && isTag(around.get(first - 1).codePoint())) {
            first--;
        }
        int last = index;
        while (last + 1 < around.size() && isTag(around.get(last + 1).codePoint()) && around.get(last).codePoint() != CANCEL_TAG) {
            last++;
        }
        return first > 0 && around.get(first - 1).codePoint() == BLACK_FLAG && around.get(last).codePoint() == CANCEL_TAG;
    }

    private static boolean isTag(int c) {
        return c >= 0xe0020 && c <= CANCEL_TAG;
    }

    /** Every character of the text with its line and column, line breaks left out. */
    private static List<Written> characters(String text) {
        List<Written> all = new ArrayList<>();
        int line = 1;
        int column = 1;
        int index = 0;
        while (index < text.length()) {
            int lineBreak = SourceLines.breakAt(text, index);
            if (lineBreak > 0) {
                line++;
                column = 1;
                index += lineBreak;
                continue;
            }
            int c = text.codePointAt(index);
            all.add(new Written(c, line, column, 1, false));
            column++;
            index += Character.charCount(c);
        }
        return all;
    }

    /** Where each value the author wrote starts: ids, texts, references and the rest. */
    private static Stream<Location> scalars(ArgumentMap map) {
        Source source = map.source();
        Stream<Optional<Text>> texts = Stream.of(map.title(), source.title(), source.author(), source.publisher(),
                source.date(), source.url(), source.text(), map.render().direction(), map.render().labels(),
                map.render().theme());
        Stream<Location> perspectives = map.perspectives().values().stream().flatMap((Perspective p) -> Stream.concat(
                Stream.of(p.location()), Stream.of(p.label(), p.description()).flatMap(Optional::stream).map(Text::location)));
        Stream<Location> statements = map.statements().values().stream().flatMap((Statement s) -> Stream.of(
                Stream.of(s.location(), s.text().location()),
                Stream.of(s.declaredKind(), s.title(), s.note()).flatMap(Optional::stream).map(Text::location),
                Stream.of(s.quotes(), s.tags()).flatMap(List::stream).map(Text::location),
                Stream.of(s.supports(), s.attacks()).flatMap(List::stream).map(Ref::location),
                s.perspective().stream().map(Ref::location)).flatMap(l -> l));
        Stream<Location> arguments = map.arguments().values().stream().flatMap((Argument a) -> Stream.of(
                Stream.of(a.location(), a.conclusion().location()),
                a.premises().stream().map(Ref::location),
                Stream.of(a.scheme(), a.note()).flatMap(Optional::stream).map(Text::location)).flatMap(l -> l));
        Stream<Location> expected = Stream.of(map.expect().accepted(), map.expect().rejected(), map.expect().undecided())
                .flatMap(List::stream).map(Ref::location);
        return Stream.of(texts.flatMap(Optional::stream).map(Text::location), perspectives, statements, arguments, expected)
                .flatMap(l -> l);
    }

    /** For each line number, the index in {@code written} of its first character or of the next line's. */
    private static int[] firstOfLine(List<Written> written) {
        int lines = written.isEmpty() ? 1 : written.get(written.size() - 1).line();
        int[] first = new int[lines + 2];
        int index = 0;
        for (int line = 1; line <= lines + 1; line++) {
            while (index < written.size() && written.get(index).line() < line) {
                index++;
            }
            first[line] = index;
        }
        return first;
    }

    /**
     * The characters of the double-quoted scalar starting at {@code at}, escapes decoded; empty
     * when the value there is not double-quoted.
     */
    private static List<Written> doubleQuoted(List<Written> raw, int[] firstOfLine, Location at) {
        int start = at.line() < firstOfLine.length ? firstOfLine[at.line()] + at.column() - 1 : raw.size();
        if (start >= raw.size() || raw.get(start).line() != at.line() || raw.get(start).codePoint() != '"') {
            return List.of();
        }
        List<Written> decoded = new ArrayList<>();
        int index = start + 1;
        while (index < raw.size() && raw.get(index).codePoint() != '"') {
            Written c = raw.get(index);
            boolean escapesALineBreak = index + 1 >= raw.size() || raw.get(index + 1).line() != c.line();
            if (c.codePoint() != '\\' || escapesALineBreak) {
                if (c.codePoint() != '\\') {
                    decoded.add(c);
                }
                index++;
                continue;
            }
            int kind = raw.get(index + 1).codePoint();
            int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            int value = digits > 0 ? hex(raw, index + 2, digits, c.line()) : named(kind);
            if (value >= 0) {
                decoded.add(new Written(value, c.line(), c.column(), 2 + digits, true));
            }
            // an escape the reader would refuse is no character of the value
            index += value >= 0 ? 2 + digits : 2;
        }
        return decoded;
    }

    /** The code point that {@code digits} hex digits at {@code from} spell, on one line; -1 when they do not. */
    private static int hex(List<Written> raw, int from, int digits, int line) {
        if (from + digits > raw.size() || raw.get(from + digits - 1).line() != line) {
            return -1;
        }
        StringBuilder hex = new StringBuilder();
        raw.subList(from, from + digits).forEach(c -> hex.appendCodePoint(c.codePoint()));
        try {
            int value = Integer.parseInt(hex.toString(), 16);
            return Character.isValidCodePoint(value) ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The character a one-letter YAML escape stands for, or -1. */
    private static int named(int kind) {
        return switch (kind) {
            case '0' -> 0;
            case 'a' -> 0x07;
            case 'b' -> 0x08;
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> 0x0b;
            case 'f' -> 0x0c;
            case 'r' -> '\r';
            case 'e' -> 0x1b;
            case ' ', '"', '/', '\\' -> kind;
            case 'N' -> 0x85;
            case '_' -> 0xa0;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            default -> -1;
        };
    }
}
