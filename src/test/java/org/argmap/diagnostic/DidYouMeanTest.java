package org.argmap.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    /** The definition: every candidate compared in full with the wrong name, as argmap did before the index. */
    private static Optional<String> plainScan(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = fullDistance(wrong, candidate);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.max(wrong.length(), best.length()) / 3);
        return bestDistance <= allowed && bestDistance > 0 ? Optional.of(best) : Optional.empty();
    }

    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Words over a small alphabet, so that many are a few edits apart and ties are common. */
    private static String word(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append("abcd-".charAt(random.nextInt(5)));
        }
        return word.toString();
    }

    @Test
    void suggestsTheClosestNameWithinAThirdOfItsLength() {
        List<String> ids = List.of("distrust", "shared-threat", "separate-fights");
        assertEquals(Optional.of("did you mean 'distrust'?"), DidYouMean.hint("distrsut", ids));
        assertEquals(Optional.of("did you mean 'separate-fights'?"), DidYouMean.hint("separate-fihgts", ids));
        assertEquals(Optional.empty(), DidYouMean.hint("trust", ids));
        assertEquals(Optional.empty(), DidYouMean.hint("distrust", ids), "the name itself is no suggestion");
    }

    @Test
    void onEqualDistanceTheAlphabeticallyFirstIsSuggested() {
        assertEquals(Optional.of("cat"), DidYouMean.closest("bat", List.of("hat", "cat", "rat")));
        assertEquals(Optional.of("abcdeg"), DidYouMean.closest("abcdef", List.of("abcdefgh", "abcdeg")));
    }

    @Test
    void theIndexAnswersAsThePlainScanOnRandomNames() {
        Random random = new Random(9);
        for (int round = 0; round < 300; round++) {
            int maxLength = 1 + random.nextInt(14);
            List<String> candidates = new ArrayList<>();
            IntStream.range(0, random.nextInt(40)).forEach(i -> candidates.add(word(random, maxLength)));
            DidYouMean.Index index = new DidYouMean.Index(candidates);
            for (int question = 0; question < 40; question++) {
                String wrong = random.nextBoolean() && !candidates.isEmpty()
                        ? mutated(candidates.get(random.nextInt(candidates.size())), random)
                        : word(random, maxLength + 2);
                assertEquals(plainScan(wrong, candidates), index.closest(wrong),
                        () -> "'" + wrong + "' among " + candidates);
            }
        }
    }

    /** A name with one to three random edits. */
    private static String mutated(String name, Random random) {
        StringBuilder out = new StringBuilder(name);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, "abcd-".charAt(random.nextInt(5)));
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, "abcd-".charAt(random.nextInt(5)));
                    }
                }
                default -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void theBoundedDistanceIsExactUpToItsLimit() {
        Random random = new Random(3);
        for (int round = 0; round < 5000; round++) {
            String a = word(random, 12);
            String b = random.nextBoolean() ? mutated(a, random) : word(random, 12);
            int limit = random.nextInt(8);
            int full = fullDistance(a, b);
            assertEquals(full <= limit ? full : limit + 1, DidYouMean.boundedDistance(a, b, limit),
                    () -> "'" + a + "' and '" + b + "' up to " + limit);
        }
    }

    @Test
    void aSpentBudgetSuggestsNothingRatherThanAWorseName() {
        List<String> ids = IntStream.range(0, 1000).mapToObj(i -> String.format("a%05d", i)).toList();
        DidYouMean.Index index = new DidYouMean.Index(ids, 50_000);
        assertEquals(Optional.of("a00012"), index.closest("a0012"));
        int suggested = 0;
        for (int i = 0; i < 1000; i++) {
            Optional<String> answer = index.closest(String.format("b%05d", i));
            if (answer.isPresent()) {
                assertEquals(plainScan(String.format("b%05d", i), ids), answer);
                suggested++;
            }
        }
        assertEquals(true, suggested < 1000, "the budget ran out: " + suggested);
        assertEquals(Optional.empty(), index.closest("a0013"), "once spent, nothing more is suggested");
    }

    @Test
    void thirtyThousandUnknownIdsAmongThirtyThousandStayWithinTheBudget() {
        List<String> ids = IntStream.range(0, 30_000).mapToObj(i -> "s" + i).toList();
        // s1x2 (one edit from s102, s112, ..., s12) alone takes about 750,000 cells: some 31,000 ids of 3 to 6 characters
        DidYouMean.Index index = new DidYouMean.Index(ids, 1_000_000);
        // no id is within reach of missing-reference-<N> by length, so no cell is computed for them
        for (int i = 0; i < 30_000; i++) {
            assertEquals(Optional.empty(), index.closest("missing-reference-" + i));
        }
        assertEquals(Optional.of("s102"), index.closest("s1x2"));
    }
}
