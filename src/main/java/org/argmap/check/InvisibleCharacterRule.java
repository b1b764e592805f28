package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.SourceLines;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.text.Characters;

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

    private static final RuleInfo INFO = new RuleInfo(RuleIds.INVISIBLE_CHARACTER, Severity.INFO, true,
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
        String file = context.map().file();
        int[] text = context.mapText().get().codePoints().toArray();
        List<Diagnostic> findings = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length; i++) {
            int c = text[i];
            if (SourceLines.isBreak(c)) {
                if (c == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                    i++;
                }
                lineStarts.add(i + 1);
                line++;
                column = 1;
                continue;
            }
            // the plain ASCII that makes up nearly every map is passed over at once
            if ((c < 0x20 || c >= 0x7f) && !(i == 0 && c == BYTE_ORDER_MARK)) {
                report(file, text, i, new Written(line, column, 1, false)).ifPresent(findings::add);
            }
            column++;
        }
        scalars(context.map()).distinct().forEach(at -> {
            DoubleQuoted value = doubleQuoted(text, lineStarts, at);
            for (int i = 0; i < value.codePoints().length; i++) {
                if (value.written().get(i).escaped()) {
                    report(file, value.codePoints(), i, value.written().get(i)).ifPresent(findings::add);
                }
            }
        });
        return List.copyOf(findings);
    }

    /** Where a character is written; {@code escaped} when a YAML escape of {@code width} characters spells it. */
    private record Written(int line, int column, int width, boolean escaped) {
    }

    /** The characters of a double-quoted value, escapes decoded, and where each is written. */
    private record DoubleQuoted(int[] codePoints, List<Written> written) {
        static final DoubleQuoted NONE = new DoubleQuoted(new int[0], List.of());
    }

    private Optional<Diagnostic> report(String file, int[] text, int index, Written at) {
        int c = text[index];
        Optional<String> what = problem(text, index);
        if (what.isEmpty()) {
            return Optional.empty();
        }
        String name = "U+" + String.format(Locale.ROOT, "%04X", c)
                + Optional.ofNullable(Character.getName(c)).map(n -> " " + n).orElse("");
        return Optional.of(diagnostic(Location.span(file, at.line(), at.column(), at.width()),
                name + (at.escaped() ? ", written as an escape," : "") + " is " + what.get(),
                Optional.of("delete it unless it is meant to be there")));
    }

    /** What is wrong with the character at {@code index} where it stands, or empty when nothing is. */
    private static Optional<String> problem(int[] text, int index) {
        int c = text[index];
        if (Characters.isBidiOverride(c)) {
            return Optional.of("a bidi control: the text after it can display in another order than it is written");
        }
        if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || Characters.isLineSeparator(c)) {
            return Optional.of("a control character: it can act on a terminal or break a line where none shows");
        }
        int previous = index > 0 ? text[index - 1] : -1;
        int next = index + 1 < text.length ? text[index + 1] : -1;
        boolean hidden = Characters.isInvisible(c) || Characters.isJoiner(c);
        if (!hidden || betweenLettersOfAJoiningScript(c, previous, next) || joinsEmoji(c, previous, next)
                || inFlag(text, index)) {
            return Optional.empty();
        }
        return Optional.of("invisible: text with it looks the same as text without it");
    }

    private static boolean betweenLettersOfAJoiningScript(int c, int previous, int next) {
        if ((c != 0x200b && !Characters.isJoiner(c)) || previous < 0 || next < 0
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
        return c == 0x200d && isEmojiPart(previous) && next >= 0 && Character.getType(next) == Character.OTHER_SYMBOL;
    }

    private static boolean isEmojiPart(int c) {
        return c >= 0 && (Character.getType(c) == Character.OTHER_SYMBOL || c == VARIATION_SELECTOR_16
                || (c >= 0x1f3fb && c <= 0x1f3ff));
    }

    /** A tag character of a subdivision flag: black flag, tag letters, cancel tag. */
    private static boolean inFlag(int[] text, int index) {
        if (!isTag(text[index])) {
            return false;
        }
        int first = index;
        while (first > 0 && isTag(text[first - 1])) {
            first--;
        }
        int last = index;
        while (last + 1 < text.length && isTag(text[last + 1]) && text[last] != CANCEL_TAG) {
            last++;
        }
        return first > 0 && text[first - 1] == BLACK_FLAG && text[last] == CANCEL_TAG;
    }

    private static boolean isTag(int c) {
        return c >= 0xe0020 && c <= CANCEL_TAG;
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

    /**
     * The value at {@code at}, escapes decoded, when it is double-quoted and has an escape;
     * otherwise {@link DoubleQuoted#NONE}, as a value without escapes holds only what the
     * file's own characters showed.
     */
    private static DoubleQuoted doubleQuoted(int[] text, List<Integer> lineStarts, Location at) {
        int start = at.line() <= lineStarts.size() ? lineStarts.get(at.line() - 1) + at.column() - 1 : text.length;
        if (start >= text.length || text[start] != '"' || !hasEscape(text, start + 1)) {
            return DoubleQuoted.NONE;
        }
        List<Integer> codePoints = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        int line = at.line();
        int column = at.column() + 1;
        int index = start + 1;
        while (index < text.length && text[index] != '"') {
            int c = text[index];
            if (SourceLines.isBreak(c)) {
                index += c == '\r' && index + 1 < text.length && text[index + 1] == '\n' ? 2 : 1;
                line++;
                column = 1;
                continue;
            }
            if (c != '\\') {
                codePoints.add(c);
                written.add(new Written(line, column, 1, false));
                column++;
                index++;
                continue;
            }
            int kind = index + 1 < text.length ? text[index + 1] : -1;
            int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            int value = digits > 0 ? hex(text, index + 2, digits) : named(kind);
            if (value >= 0) {
                codePoints.add(value);
                written.add(new Written(line, column, 2 + digits, true));
            }
            // an escaped line break, or an escape the reader would refuse: no character of the value
            int length = value >= 0 ? 2 + digits : kind >= 0 && SourceLines.isBreak(kind) ? 1 : 2;
            column += length;
            index += length;
        }
        return new DoubleQuoted(codePoints.stream().mapToInt(Integer::intValue).toArray(), written);
    }

    /** Whether a backslash comes before the closing quote of a double-quoted value starting at {@code index}. */
    private static boolean hasEscape(int[] text, int index) {
        for (int i = index; i < text.length && text[i] != '"'; i++) {
            if (text[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The code point that {@code digits} hex digits at {@code from} spell; -1 when they do not. */
    private static int hex(int[] text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = i < text.length && text[i] < 0x80 ? Character.digit(text[i], 16) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return Character.isValidCodePoint(value) ? value : -1;
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
