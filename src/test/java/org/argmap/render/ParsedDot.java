package org.argmap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict reader for the DOT subset the renderer writes: statements, attribute lists, quoted
 * and HTML strings, subgraphs. Tests use it to see the DOT as Graphviz's lexer would, so text
 * that broke out of a string (an injection) shows up as a parse error or an unexpected node.
 */
final class ParsedDot {

    /** An attribute value as Graphviz reads it; {@code html} for {@code <...>} strings. */
    record Value(String text, boolean html) {
    }

    record Node(String name, Map<String, Value> attributes, List<String> subgraphs) {
        String attribute(String key) {
            Value value = attributes.get(key);
            if (value == null) {
                throw new AssertionError("node " + name + " has no attribute " + key + ": " + attributes);
            }
            return value.text();
        }

        /** The innermost cluster holding this node, without the {@code cluster_} prefix. */
        Optional<String> cluster() {
            for (int i = subgraphs.size() - 1; i >= 0; i--) {
                if (subgraphs.get(i).startsWith("cluster_")) {
                    return Optional.of(subgraphs.get(i).substring("cluster_".length()));
                }
            }
            return Optional.empty();
        }
    }

    record Edge(String from, String to, Map<String, Value> attributes, List<String> subgraphs) {
        String attribute(String key) {
            Value value = attributes.get(key);
            if (value == null) {
                throw new AssertionError("edge " + from + "->" + to + " has no attribute " + key);
            }
            return value.text();
        }
    }

    record Subgraph(String name, Map<String, Value> attributes) {
    }

    final String graphName;
    final Map<String, Value> graphAttributes = new LinkedHashMap<>();
    /** The top-level {@code node [...]} defaults. */
    final Map<String, Value> nodeDefaults = new LinkedHashMap<>();
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();
    final List<Subgraph> subgraphs = new ArrayList<>();

    private enum TokenKind { WORD, QUOTED, HTML, PUNCTUATION }

    private record Token(String text, TokenKind kind) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private ParsedDot(String dot) {
        tokenize(dot);
        expect("digraph");
        graphName = next();
        expect("{");
        statements(new ArrayList<>(), graphAttributes);
        expect("}");
        if (position != tokens.size()) {
            throw new AssertionError("text after the graph: " + tokens.subList(position, tokens.size()));
        }
    }

    static ParsedDot parse(String dot) {
        return new ParsedDot(dot);
    }

    Node node(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new AssertionError("no node " + name + " among " + nodes.keySet());
        }
        return node;
    }

    private void statements(List<String> path, Map<String, Value> scopeAttributes) {
        while (!at("}")) {
            boolean word = tokens.get(position).kind() == TokenKind.WORD;
            boolean brace = tokens.get(position).kind() == TokenKind.PUNCTUATION;
            String token = next();
            if (word && token.equals("graph")) {
                scopeAttributes.putAll(attributes());
            } else if (word && token.equals("node")) {
                Map<String, Value> defaults = attributes();
                if (path.isEmpty()) {
                    nodeDefaults.putAll(defaults);
                }
            } else if (word && token.equals("edge")) {
                attributes();
            } else if (word && token.equals("subgraph")) {
                String name = next();
                subgraph(path, name);
            } else if (brace && token.equals("{")) {
                position--;
                subgraph(path, "");
            } else if (at("->")) {
                next();
                String head = next();
                Map<String, Value> attributes = at("[") ? attributes() : Map.of();
                edges.add(new Edge(token, head, attributes, List.copyOf(path)));
            } else {
                Map<String, Value> attributes = at("[") ? attributes() : Map.of();
                if (nodes.containsKey(token)) {
                    throw new AssertionError("node declared twice: " + token);
                }
                nodes.put(token, new Node(token, attributes, List.copyOf(path)));
            }
            if (at(";")) {
                next();
            }
        }
    }

    private void subgraph(List<String> path, String name) {
        expect("{");
        Map<String, Value> attributes = new LinkedHashMap<>();
        List<String> inner = new ArrayList<>(path);
        inner.add(name);
        int index = subgraphs.size();
        subgraphs.add(null);
        statements(inner, attributes);
        expect("}");
        subgraphs.set(index, new Subgraph(name, attributes));
    }

    private Map<String, Value> attributes() {
        expect("[");
        Map<String, Value> attributes = new LinkedHashMap<>();
        while (!at("]")) {
            String key = next();
            expect("=");
            boolean html = tokens.get(position).kind() == TokenKind.HTML;
            String value = next();
            if (attributes.put(key, new Value(value, html)) != null) {
                throw new AssertionError("attribute given twice: " + key);
            }
            if (at(",") || at(";")) {
                next();
            }
        }
        expect("]");
        return attributes;
    }

    private String peek() {
        if (position >= tokens.size()) {
            throw new AssertionError("DOT ends too early");
        }
        return tokens.get(position).text();
    }

    /** True when the next token is the punctuation {@code mark} (a quoted "}" is not). */
    private boolean at(String mark) {
        peek();
        Token token = tokens.get(position);
        return token.kind() == TokenKind.PUNCTUATION && token.text().equals(mark);
    }

    private String next() {
        String token = peek();
        position++;
        return token;
    }

    private void expect(String token) {
        boolean punctuation = !token.equals("digraph");
        if (punctuation && !at(token)) {
            throw new AssertionError("expected " + token + " but found " + peek() + " at token " + position);
        }
        String actual = next();
        if (!actual.equals(token)) {
            throw new AssertionError("expected " + token + " but found " + actual + " at token " + position);
        }
    }

    /** Splits DOT into tokens as Graphviz's scanner does for this subset. */
    private void tokenize(String dot) {
        int i = 0;
        while (i < dot.length()) {
            char c = dot.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (true) {
                    if (i >= dot.length()) {
                        throw new AssertionError("unterminated quoted string");
                    }
                    char d = dot.charAt(i);
                    if (d == '\\' && i + 1 < dot.length() && dot.charAt(i + 1) == '"') {
                        text.append('"');
                        i += 2;
                    } else if (d == '\\' && i + 1 < dot.length() && dot.charAt(i + 1) == '\\') {
                        // a pair, so "a\\" ends the string after a backslash: so both engines read it
                        text.append("\\\\");
                        i += 2;
                    } else if (d == '"') {
                        i++;
                        break;
                    } else {
                        text.append(d);
                        i++;
                    }
                }
                add(text.toString(), TokenKind.QUOTED);
            } else if (c == '<') {
                int depth = 0;
                int start = i;
                do {
                    if (i >= dot.length()) {
                        throw new AssertionError("unterminated HTML string");
                    }
                    char d = dot.charAt(i);
                    if (d == '<') {
                        depth++;
                    } else if (d == '>') {
                        depth--;
                    }
                    i++;
                } while (depth > 0);
                add(dot.substring(start + 1, i - 1), TokenKind.HTML);
            } else if (c == '-' && i + 1 < dot.length() && dot.charAt(i + 1) == '>') {
                add("->", TokenKind.PUNCTUATION);
                i += 2;
            } else if ("{}[]=,;".indexOf(c) >= 0) {
                add(String.valueOf(c), TokenKind.PUNCTUATION);
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int start = i;
                while (i < dot.length() && (Character.isLetterOrDigit(dot.charAt(i)) || dot.charAt(i) == '_'
                        || dot.charAt(i) == '.')) {
                    i++;
                }
                add(dot.substring(start, i), TokenKind.WORD);
            } else {
                throw new AssertionError("unexpected character '" + c + "' at " + i);
            }
        }
    }

    private void add(String text, TokenKind kind) {
        tokens.add(new Token(text, kind));
    }
}
