package org.argmap.check;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a quote's words fit best into a text: the stretch of the text that is cheapest to edit into
 * the quote by changing, leaving out or adding words. This is edit distance with a free start and
 * end in the text (Sellers' algorithm), on words rather than characters, and its cost is the
 * product of the two lengths: for a 5,000-word essay and a 20-word quote, 100,000 steps.
 *
 * <p>Each word has a weight, and an edit costs the weight of the words it touches (a changed word
 * costs the heavier of the two). Weights let rare words count for more than "the" and "of", so a
 * quote does not line up with a passage that merely shares its small words.
 *
 * <p>Words are given as numbers (equal words, equal numbers). Among equally cheap stretches the one
 * with more matched weight wins, then the one nearest the quote's length (a changed last word is
 * shown rather than dropped), then the one that ends first, so the result is deterministic.
 *
 * @param start   first word of the stretch in the text
 * @param end     one past its last word
 * @param cost    total weight of the edits that turn the stretch into the quote
 * @param matched total weight of the quote's words found unchanged, in order, in the stretch
 */
record WordAlignment(int start, int end, long cost, long matched) {

    WordAlignment {
        if (start < 0 || end < start || cost < 0 || matched < 0) {
            throw new IllegalArgumentException("bad alignment " + start + ".." + end + " cost " + cost + " matched " + matched);
        }
    }

    /** The words of a text or quote with their weights (any positive numbers), position by position. */
    record Weighted(int[] words, int[] weights) {
        Weighted {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(weights, "weights");
            if (words.length != weights.length) {
                throw new IllegalArgumentException(words.length + " words but " + weights.length + " weights");
            }
        }

        int size() {
            return words.length;
        }

        long totalWeight() {
            long total = 0;
            for (int weight : weights) {
                total += weight;
            }
            return total;
        }
    }

    /**
     * The best stretch of {@code text} for {@code quote} if at least half of the quote's weight is
     * found in it unchanged and in order; otherwise the stretch has little to do with the quote.
     */
    static Optional<WordAlignment> closeEnough(Weighted text, Weighted quote) {
        long total = quote.totalWeight();
        return best(text, quote).filter(found -> found.end() > found.start() && 2 * found.matched() >= total);
    }

    /** The best stretch of {@code text} for {@code quote}, however poor; empty if the quote has no words. */
    static Optional<WordAlignment> best(Weighted text, Weighted quote) {
        int m = quote.size();
        if (m == 0) {
            return Optional.empty();
        }
        int[] q = quote.words();
        int[] qWeight = quote.weights();
        int[] t = text.words();
        int[] tWeight = text.weights();
        // for the text read up to word j: cost[i] = cheapest edit of some stretch text[from[i]..j)
        // into quote[0..i), matched[i] the weight it keeps; 'next' arrays are the column for j + 1
        long[] cost = new long[m + 1];
        long[] matched = new long[m + 1];
        int[] from = new int[m + 1];
        long[] nextCost = new long[m + 1];
        long[] nextMatched = new long[m + 1];
        int[] nextFrom = new int[m + 1];
        for (int i = 1; i <= m; i++) {
            cost[i] = cost[i - 1] + qWeight[i - 1];
        }
        WordAlignment best = new WordAlignment(0, 0, cost[m], 0);
        for (int j = 1; j <= t.length; j++) {
            nextCost[0] = 0;
            nextMatched[0] = 0;
            nextFrom[0] = j;
            for (int i = 1; i <= m; i++) {
                boolean same = q[i - 1] == t[j - 1];
                long diagonalCost = cost[i - 1] + (same ? 0 : Math.max(qWeight[i - 1], tWeight[j - 1]));
                long diagonalMatched = matched[i - 1] + (same ? qWeight[i - 1] : 0);
                long skipQuoteCost = nextCost[i - 1] + qWeight[i - 1];
                long skipTextCost = cost[i] + tWeight[j - 1];
                if (better(diagonalCost, diagonalMatched, skipQuoteCost, nextMatched[i - 1])
                        && better(diagonalCost, diagonalMatched, skipTextCost, matched[i])) {
                    nextCost[i] = diagonalCost;
                    nextMatched[i] = diagonalMatched;
                    nextFrom[i] = from[i - 1];
                } else if (better(skipQuoteCost, nextMatched[i - 1], skipTextCost, matched[i])) {
                    nextCost[i] = skipQuoteCost;
                    nextMatched[i] = nextMatched[i - 1];
                    nextFrom[i] = nextFrom[i - 1];
                } else {
                    nextCost[i] = skipTextCost;
                    nextMatched[i] = matched[i];
                    nextFrom[i] = from[i];
                }
            }
            WordAlignment candidate = new WordAlignment(nextFrom[m], j, nextCost[m], nextMatched[m]);
            if (candidate.preferredTo(best, m)) {
                best = candidate;
            }
            long[] swapLong = cost;
            cost = nextCost;
            nextCost = swapLong;
            swapLong = matched;
            matched = nextMatched;
            nextMatched = swapLong;
            int[] swapInt = from;
            from = nextFrom;
            nextFrom = swapInt;
        }
        return Optional.of(best);
    }

    /** Whether (cost, matched) is at least as good as the other: cheaper, or as cheap and keeping as much. */
    private static boolean better(long cost, long matched, long otherCost, long otherMatched) {
        return cost < otherCost || cost == otherCost && matched >= otherMatched;
    }

    private boolean preferredTo(WordAlignment other, int quoteLength) {
        if (cost != other.cost) {
            return cost < other.cost;
        }
        if (matched != other.matched) {
            return matched > other.matched;
        }
        return lengthOff(quoteLength) < other.lengthOff(quoteLength);
    }

    private int lengthOff(int quoteLength) {
        return Math.abs(end - start - quoteLength);
    }
}
