package org.argmap.load;

import java.util.List;
import java.util.Optional;
import org.argmap.model.Location;

/**
 * The YAML document as a tree that remembers where every key and value was written. Jackson's
 * data binding loses most positions, so the loader builds this tree from the streaming parser and
 * reads the model from it.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Location location();

    /** What the node is, in words for messages: "a string", "a list", ... */
    String describe();

    /**
     * A scalar as written. {@code text} is the parsed value (quotes removed); {@code type} tells
     * how YAML resolved it; {@code isNull} is true for an empty value or {@code null}/{@code ~}.
     */
    record Scalar(String text, ScalarType type, Location location) implements YamlNode {
        public boolean isNull() {
            return type == ScalarType.NULL;
        }

        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "a string";
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "an empty value";
            };
        }
    }

    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record Entry(Scalar key, YamlNode value) {
    }

    /** A mapping; duplicate keys are reported and dropped while the tree is built. */
    record Mapping(List<Entry> entries, Location location) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().text().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
