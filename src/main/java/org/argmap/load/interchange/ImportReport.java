package org.argmap.load.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an import did not carry over as it was, for the user to read on standard error:
 * nodes of the input that have no place in a map, duplicates merged into one statement, the
 * thesis chosen and the candidates passed over, relations whose meaning changed (a cycle broken, an
 * attack read as an undercut), and anything else worth saying.
 *
 * @param dropped          what was left out, each "what it was: why" ("PA node 12: preferences are not
 *                         part of a map")
 * @param merged           duplicates made one, each naming the survivor
 * @param thesis           the id of the statement made the thesis, when the import chose one
 * @param otherTheses      the other candidates for thesis and what became of them
 * @param changedRelations relations written differently from how the input had them
 * @param notes            anything else the user should know
 */
public record ImportReport(List<String> dropped, List<String> merged, Optional<String> thesis,
                           List<String> otherTheses, List<String> changedRelations, List<String> notes) {

    public static final ImportReport EMPTY =
            new ImportReport(List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of());

    public ImportReport {
        dropped = List.copyOf(dropped);
        merged = List.copyOf(merged);
        Objects.requireNonNull(thesis, "thesis");
        otherTheses = List.copyOf(otherTheses);
        changedRelations = List.copyOf(changedRelations);
        notes = List.copyOf(notes);
    }

    /** Whether everything was carried over as it was, and there is nothing to say. */
    public boolean isEmpty() {
        return dropped.isEmpty() && merged.isEmpty() && thesis.isEmpty() && otherTheses.isEmpty()
                && changedRelations.isEmpty() && notes.isEmpty();
    }

    /**
     * The report as lines for the terminal, each starting with what it is about ("dropped: ...",
     * "thesis: ..."), in a fixed order; no lines when there is nothing to say.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        thesis.ifPresent(id -> lines.add("thesis: " + id));
        otherTheses.forEach(line -> lines.add("not the thesis: " + line));
        dropped.forEach(line -> lines.add("dropped: " + line));
        merged.forEach(line -> lines.add("merged: " + line));
        changedRelations.forEach(line -> lines.add("relation changed: " + line));
        notes.forEach(line -> lines.add("note: " + line));
        return lines;
    }

    /** Collects a report as an importer reads, in the order things happen. */
    public static final class Builder {
        private final List<String> dropped = new ArrayList<>();
        private final List<String> merged = new ArrayList<>();
        private Optional<String> thesis = Optional.empty();
        private final List<String> otherTheses = new ArrayList<>();
        private final List<String> changedRelations = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        public Builder dropped(String line) {
            dropped.add(line);
            return this;
        }

        public Builder merged(String line) {
            merged.add(line);
            return this;
        }

        public Builder thesis(String id) {
            thesis = Optional.of(id);
            return this;
        }

        public Builder otherThesis(String line) {
            otherTheses.add(line);
            return this;
        }

        public Builder changedRelation(String line) {
            changedRelations.add(line);
            return this;
        }

        public Builder note(String line) {
            notes.add(line);
            return this;
        }

        public ImportReport build() {
            return new ImportReport(dropped, merged, thesis, otherTheses, changedRelations, notes);
        }
    }
}
