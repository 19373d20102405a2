package org.orepass.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Words as people type them on a basic phone: any case, with or without accents, with a letter missing, doubled,
 * wrong or two swapped. A word matches a known word when it is the same after {@link #plain} or, for longer
 * words, within a small edit distance; when two known words are equally close, it matches neither.
 */
final class SmsWords {

    private SmsWords() {
    }

    /** Lower case, accents and apostrophes dropped: "Signalé" and "SIGNALE" are the same word. */
    static String plain(String word) {
        var decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("['’`]", "").toLowerCase(Locale.ROOT);
    }

    /** How many typing slips a word of this length may carry and still be recognised. */
    static int tolerance(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 6 ? 1 : 2;
    }

    /**
     * The value of the known word closest to {@code typed}, or null when none is close enough or two different
     * values are equally close. Keys of {@code known} are already {@link #plain}.
     */
    static <T> T closest(String typed, Map<String, T> known) {
        var word = plain(typed);
        var exact = known.get(word);
        if (exact != null) {
            return exact;
        }
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (var entry : known.entrySet()) {
            int allowed = Math.min(tolerance(word.length()), tolerance(entry.getKey().length()));
            if (allowed == 0 || Math.abs(entry.getKey().length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(word, entry.getKey());
            if (distance > allowed) {
                continue;
            }
            if (distance < bestDistance) {
                best = entry.getValue();
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && !entry.getValue().equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
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
}
