package org.argmap.diagnostic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Suggests the closest known name for a misspelt one, by edit distance: the candidate closest to
 * the wrong name (the alphabetically first among equally close ones), when it is at most a third
 * of the longer name's length in edits away (at least one edit allowed), and not the same name.
 *
 * <p>An {@link Index} answers many questions about one set of names without comparing each
 * wrong name with every candidate: names are kept by length, since a name whose length differs by
 * more edits than allowed cannot be suggested, and each comparison stops as soon as it passes
 * the allowed distance. An index also has a budget of work; once it is spent, it suggests
 * nothing more, so a map with tens of thousands of unknown ids still gets its findings quickly,
 * only without hints.
 */
public final class DidYouMean {

    /**
     * Work an index may spend on all its questions together, in cells of the edit-distance table:
     * far more than any map written by hand needs (the essay map's hints take a few hundred), and
     * about a tenth of a second.
     */
    public static final long DEFAULT_BUDGET = 100_000_000L;

    private DidYouMean() {
    }

    /** The closest candidate to {@code wrong}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        return new Index(candidates, DEFAULT_BUDGET).closest(wrong);
    }

    /** "did you mean 'x'?" for the closest candidate, or empty. */
    public static Optional<String> hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(DidYouMean::phrase);
    }

    private static String phrase(String candidate) {
        return "did you mean '" + candidate + "'?";
    }

    /** One set of candidate names, prepared for many questions. */
    public static final class Index {

        private final Collection<String> candidates;
        /** Candidates by length, each list sorted; made on the first question, as most indexes get none. */
        private TreeMap<Integer, List<String>> byLength;
        private long budget;

        /** An index of {@code candidates} with the {@link #DEFAULT_BUDGET}. */
        public Index(Collection<String> candidates) {
            this(candidates, DEFAULT_BUDGET);
        }

        /**
         * @param candidates the names to suggest from, read on the first question
         * @param budget     cells of the edit-distance table all questions together may compute
         */
        public Index(Collection<String> candidates, long budget) {
            this.candidates = candidates;
            this.budget = budget;
        }

        private TreeMap<Integer, List<String>> byLength() {
            if (byLength == null) {
                byLength = new TreeMap<>();
                for (String candidate : candidates) {
                    byLength.computeIfAbsent(candidate.length(), length -> new ArrayList<>()).add(candidate);
                }
                byLength.values().forEach(names -> names.sort(null));
            }
            return byLength;
        }

        /** "did you mean 'x'?" for the closest candidate, or empty. */
        public Optional<String> hint(String wrong) {
            return closest(wrong).map(DidYouMean::phrase);
        }

        /**
         * The closest candidate to {@code wrong}, if it is close enough; empty also once the
         * budget is spent.
         *
         * <p>Two passes give the plain scan's answer. The first finds the best candidate that
         * could be suggested at all: one whose length is within its allowed distance of the
         * wrong name's, compared only up to that distance. The second makes sure that no other
         * candidate is at least as close (alphabetically first on a tie); if one is, the closest
         * candidate of all is too far to suggest, and nothing is. Both look only at lengths
         * within the distance in question.
         */
        public Optional<String> closest(String wrong) {
            int length = wrong.length();
            // A suggestion is at most max(1, max(length, its length) / 3) edits away and its length
            // differs by at most that many, so its length is at most length * 3 / 2 + 1.
            int longest = length + Math.max(1, length / 2) + 1;
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (List<String> names : byLength().subMap(length - Math.max(1, length / 3), true, longest, true).values()) {
                int candidateLength = names.get(0).length();
                int allowed = allowed(length, candidateLength);
                if (Math.abs(candidateLength - length) > allowed) {
                    continue;
                }
                for (String name : names) {
                    int limit = Math.min(allowed, bestDistance);
                    Optional<Integer> distance = boundedDistance(wrong, name, limit);
                    if (distance.isEmpty()) {
                        return Optional.empty(); // budget spent
                    }
                    int d = distance.get();
                    if (d <= limit && (d < bestDistance || d == bestDistance && name.compareTo(best) < 0)) {
                        best = name;
                        bestDistance = d;
                    }
                }
            }
            if (best == null || bestDistance == 0) {
                return Optional.empty();
            }
            return noneAsClose(wrong, best, bestDistance) ? Optional.of(best) : Optional.empty();
        }

        /**
         * Whether no candidate but {@code best} is {@code distance} or fewer edits from {@code
         * wrong} and before it. Lengths whose allowed distance is at least {@code distance} were
         * compared that far by the first pass, which kept the best of them: {@code best}.
         */
        private boolean noneAsClose(String wrong, String best, int distance) {
            int length = wrong.length();
            for (List<String> names : byLength().subMap(length - distance, true, length + distance, true).values()) {
                if (allowed(length, names.get(0).length()) >= distance) {
                    continue; // the first pass compared these up to at least this distance
                }
                for (String name : names) {
                    if (name.equals(best)) {
                        continue;
                    }
                    Optional<Integer> d = boundedDistance(wrong, name, distance);
                    if (d.isEmpty()) {
                        return false; // budget spent: suggest nothing rather than maybe the wrong name
                    }
                    if (d.get() < distance || d.get() == distance && name.compareTo(best) < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The distance if at most {@code limit}, else {@code limit + 1}; empty when the budget does not cover it. */
        private Optional<Integer> boundedDistance(String a, String b, int limit) {
            long cells = (long) a.length() * Math.min(b.length(), 2L * limit + 1) + b.length();
            if (cells > budget) {
                budget = 0;
                return Optional.empty();
            }
            budget -= cells;
            return Optional.of(DidYouMean.boundedDistance(a, b, limit));
        }
    }

    /** Edits allowed between a wrong name and a candidate of these lengths. */
    static int allowed(int wrongLength, int candidateLength) {
        return Math.max(1, Math.max(wrongLength, candidateLength) / 3);
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions, transpositions of
     * adjacent characters) when it is at most {@code limit}, else {@code limit + 1}. Only the band
     * of the table within {@code limit} of its diagonal is computed, and the computation stops
     * once two rows in a row are all beyond the limit (no later row can come back under it).
     */
    static int boundedDistance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int over = limit + 1;
        if (Math.abs(n - m) > limit) {
            return over;
        }
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        Arrays.fill(twoBack, over);
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        boolean previousOver = false;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            // The arrays are reused: only the band and the cells just outside it are ever read.
            current[0] = Math.min(i, over);
            current[from - 1] = from == 1 ? current[0] : over;
            if (to < m) {
                current[to + 1] = over;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            boolean currentOver = rowMin >= over;
            if (currentOver && previousOver) {
                return over;
            }
            previousOver = currentOver;
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }
}
