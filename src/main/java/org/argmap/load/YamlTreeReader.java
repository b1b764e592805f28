package org.argmap.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.model.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, reporting what Jackson would
 * otherwise accept silently: anchors, aliases (Jackson turns them into the anchor's name), tags and
 * duplicate keys (Jackson keeps the last). Never throws for bad input.
 */
final class YamlTreeReader {

    private final String file;
    private final String content;
    private final LoadLimits limits;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final LineIndex lines;
    private YAMLParser parser;

    private YamlTreeReader(String file, String content, LoadLimits limits) {
        this.file = file;
        this.content = content;
        this.limits = limits;
        this.lines = new LineIndex(content);
    }

    /** The tree (empty when the text is not usable YAML) and every finding on the way. */
    record Result(Optional<YamlNode> root, List<Diagnostic> diagnostics) {
        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    static Result read(String file, String content, LoadLimits limits) {
        return new YamlTreeReader(file, content, limits).read();
    }

    private Result read() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxBytes());
        options.setNestingDepthLimit(limits.maxNestingDepth() + 1);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth() + 1)
                        .maxStringLength(limits.maxScalarLength() + 1)
                        .build())
                .build();
        try (YAMLParser p = (YAMLParser) factory.createParser(content)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Result(Optional.empty(), List.of(Diagnostic.error(RuleIds.YAML_SYNTAX, Location.at(file, 1, 1),
                        "the file holds no YAML document",
                        "start the map with 'argmap: 1' and a 'statements:' block")));
            }
            YamlNode root = readNode(first, 1);
            JsonToken next = p.nextToken();
            if (next != null) {
                Location at = start();
                diagnostics.add(Diagnostic.error(RuleIds.YAML_SYNTAX, at,
                        "the file holds more than one YAML document; a map is one document",
                        "remove the '---' separator and everything after it, or split the file"));
                return new Result(Optional.empty(), diagnostics);
            }
            return new Result(Optional.of(root), diagnostics);
        } catch (TooDeep e) {
            diagnostics.add(tooDeep(e.location));
        } catch (TooLong e) {
            diagnostics.add(Diagnostic.error(RuleIds.YAML_SYNTAX, e.location,
                    "a value is longer than " + limits.maxScalarLength() + " characters",
                    "a statement is one sentence; keep long notes outside the map"));
        } catch (IOException | RuntimeException e) {
            diagnostics.add(syntaxError(e));
        }
        return new Result(Optional.empty(), diagnostics);
    }

    private YamlNode readNode(JsonToken token, int depth) throws IOException {
        Location at = start();
        if (depth > limits.maxNestingDepth()) {
            throw new TooDeep(at);
        }
        checkAnchorAndTag(at);
        return switch (token) {
            case START_OBJECT -> readMapping(at, depth);
            case START_ARRAY -> readSequence(at, depth);
            default -> readScalar(token, at);
        };
    }

    private YamlNode.Mapping readMapping(Location at, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            Location keyAt = span();
            YamlNode.Scalar key = new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.STRING, keyAt);
            YamlNode value = readNode(parser.nextToken(), depth + 1);
            Location first = seen.putIfAbsent(key.text(), keyAt);
            if (first != null) {
                diagnostics.add(Diagnostic.error(RuleIds.DUPLICATE_ID, keyAt,
                        "'" + key.text() + "' is written twice in the same mapping",
                        "first written at line " + first.line() + "; rename or merge one of them")
                        .withRelated(List.of(new Diagnostic.Related(first, "first written here"))));
            } else {
                entries.add(new YamlNode.Entry(key, value));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected " + token + " in a mapping");
        }
        return new YamlNode.Mapping(entries, at);
    }

    private YamlNode.Sequence readSequence(Location at, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IllegalStateException("the list never ends");
            }
            items.add(readNode(token, depth + 1));
        }
        return new YamlNode.Sequence(items, at);
    }

    private YamlNode.Scalar readScalar(JsonToken token, Location start) throws IOException {
        Location at = span();
        String text = parser.getText();
        if (text.length() > limits.maxScalarLength()) {
            throw new TooLong(start);
        }
        if (parser.isCurrentAlias()) {
            diagnostics.add(Diagnostic.error(RuleIds.YAML_SYNTAX, at,
                    "YAML alias '*" + text + "' is not allowed in a map",
                    "write the value out in full; anchors and aliases hide what a statement says"));
        }
        YamlNode.ScalarType type = switch (token) {
            case VALUE_NUMBER_INT -> YamlNode.ScalarType.INTEGER;
            case VALUE_NUMBER_FLOAT -> YamlNode.ScalarType.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> YamlNode.ScalarType.BOOLEAN;
            case VALUE_NULL -> YamlNode.ScalarType.NULL;
            default -> isPlainEmpty(text, at) ? YamlNode.ScalarType.NULL : YamlNode.ScalarType.STRING;
        };
        return new YamlNode.Scalar(text, type, at);
    }

    /** Jackson reports an empty plain value ({@code key:} with nothing after it) as "". */
    private boolean isPlainEmpty(String text, Location at) {
        if (!text.isEmpty()) {
            return false;
        }
        char c = lines.charAt(at.line(), at.column());
        return c != '"' && c != '\'';
    }

    private void checkAnchorAndTag(Location at) throws IOException {
        char c = lines.charAt(at.line(), at.column());
        if (c == '&') {
            diagnostics.add(Diagnostic.error(RuleIds.YAML_SYNTAX, lines.word(file, at.line(), at.column()),
                    "YAML anchors are not allowed in a map",
                    "remove the '&name'; write each value out in full"));
        }
        String tag = parser.getTypeId();
        if (tag != null || c == '!') {
            diagnostics.add(Diagnostic.error(RuleIds.YAML_SYNTAX, lines.word(file, at.line(), at.column()),
                    "YAML tags are not allowed in a map",
                    "remove the '!' tag; argmap reads plain strings, numbers and lists"));
        }
    }

    private Location start() {
        JsonLocation loc = parser.currentTokenLocation();
        return Location.at(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /** From the token's start to the parser's position after it, trimmed to the first line. */
    private Location span() {
        JsonLocation s = parser.currentTokenLocation();
        JsonLocation e = parser.currentLocation();
        int line = Math.max(1, s.getLineNr());
        int column = Math.max(1, s.getColumnNr());
        int endLine = e.getLineNr();
        int endColumn = e.getColumnNr();
        if (endLine != line) {
            endLine = line;
            endColumn = lines.lineLength(line) + 1;
        }
        // skip an anchor or tag written before the value, so the caret sits on the value itself
        char c = lines.charAt(line, column);
        while ((c == '&' || c == '!') && column < endColumn) {
            int next = lines.indexAfterWord(line, column);
            if (next <= column) {
                break;
            }
            column = next;
            c = lines.charAt(line, column);
        }
        return new Location(file, line, column, endLine, Math.max(column, endColumn));
    }

    private Diagnostic syntaxError(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // the reader checks characters ahead of the parser and says only where its buffer starts
            if (t instanceof ReaderException) {
                Optional<Integer> offset = firstForbiddenCharacter(content);
                if (offset.isPresent()) {
                    int codePoint = content.codePointAt(offset.get());
                    return Diagnostic.error(RuleIds.YAML_SYNTAX, lines.at(file, offset.get()),
                            "not valid YAML: the " + (Character.isISOControl(codePoint) ? "control " : "")
                                    + "character " + String.format("U+%04X", codePoint) + " is not allowed in a YAML file",
                            "remove it; YAML text holds no control characters but tab and line breaks"
                                    + " (in double quotes, write an escape such as \\x01 if the character is meant)");
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                // an unclosed quote or bracket is found at the end of the file; its start is the useful place
                if (marked.getContextMark() != null && mark.getIndex() >= content.length() - 1) {
                    mark = marked.getContextMark();
                }
                String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
                String context = marked.getContext();
                String message = context == null ? problem : problem + " (" + context + ")";
                return Diagnostic.error(RuleIds.YAML_SYNTAX, clamp(mark.getLine() + 1, mark.getColumn() + 1),
                        "not valid YAML: " + oneLine(message), hintFor(problem));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && read.getLocation() != null) {
                JsonLocation loc = read.getLocation();
                String message = String.valueOf(read.getOriginalMessage());
                Location at = clamp(loc.getLineNr(), loc.getColumnNr());
                return limitExceeded(message, at).orElseGet(() ->
                        Diagnostic.error(RuleIds.YAML_SYNTAX, at, "not valid YAML: " + oneLine(message), null));
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Location start = Location.at(file, 1, 1);
        return limitExceeded(message, start).orElseGet(() ->
                Diagnostic.error(RuleIds.YAML_SYNTAX, start, "not valid YAML: " + oneLine(message), null));
    }

    /** The finding for a parser error that is really one of our limits (size or nesting), if it is one. */
    private Optional<Diagnostic> limitExceeded(String message, Location at) {
        if (message.contains("exceeds the limit")) {
            return Optional.of(Diagnostic.error(RuleIds.YAML_SYNTAX, Location.at(file, 1, 1),
                    "the file is larger than " + limits.maxBytes() + " bytes", "split the map into several files"));
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            return Optional.of(tooDeep(at));
        }
        return Optional.empty();
    }

    private Diagnostic tooDeep(Location at) {
        return Diagnostic.error(RuleIds.YAML_SYNTAX, at,
                "mappings and lists nest deeper than " + limits.maxNestingDepth() + " levels",
                "a map needs only five levels; check the indentation");
    }

    private static String hintFor(String problem) {
        if (problem.contains("TAB")) {
            return "YAML indents with spaces, not tabs";
        }
        if (problem.contains("could not find expected ':'")) {
            return "a key needs a ':' after it; a value with ': ' in it needs quotes";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "put quotes around a value that contains ': '";
        }
        if (problem.contains("end of stream")) {
            return "a quote or bracket that starts here is never closed";
        }
        if (problem.contains("special characters are not allowed")) {
            return "the file holds control characters; is it a text file?";
        }
        return "check the indentation and quoting on this line";
    }

    /**
     * The offset of the first character a YAML stream may not hold (YAML 1.1 "printable"): a
     * control character other than tab, line feed, carriage return and NEL, or a noncharacter.
     */
    static Optional<Integer> firstForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean printable = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!printable) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Location clamp(int line, int column) {
        int l = Math.min(Math.max(1, line), Math.max(1, lines.lineCount()));
        int c = Math.max(1, Math.min(column, lines.lineLength(l) + 1));
        return Location.at(file, l, c);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static final class TooDeep extends RuntimeException {
        final transient Location location;

        TooDeep(Location location) {
            super(null, null, false, false);
            this.location = location;
        }
    }

    private static final class TooLong extends RuntimeException {
        final transient Location location;

        TooLong(Location location) {
            super(null, null, false, false);
            this.location = location;
        }
    }
}
