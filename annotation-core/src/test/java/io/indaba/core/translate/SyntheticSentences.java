package io.indaba.core.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded English-like sentences for benchmarks: Zipf-distributed words, varied length, some near-duplicates. */
final class SyntheticSentences {

    private static final String[] FUNCTION_WORDS = {"the", "of", "and", "a", "to", "in", "is", "which", "that",
        "for", "with", "as", "by", "on", "are", "from", "most", "following", "not", "be", "an", "or", "patient"};
    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na",
        "pe", "qui", "ro", "sa", "te", "vi", "wo", "xy", "ze", "tion", "ment", "ous", "al", "ic", "ar", "en", "or",
        "is", "an", "ly", "er", "st", "pr", "th", "ch", "ph", "ine", "ase", "ite"};

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final double[] cumulative;

    SyntheticSentences(long seed, int vocabularySize) {
        random = new Random(seed);
        for (String w : FUNCTION_WORDS) {
            vocabulary.add(w);
        }
        while (vocabulary.size() < vocabularySize) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int i = 0; i < syllables; i++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.toString());
        }
        // Zipf (s = 1): a few words everywhere, a long tail of rare ones, as in real English text.
        cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    String word() {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary.get(lo);
    }

    /** A fresh sentence of 6 to 30 words. */
    String sentence() {
        int words = 6 + random.nextInt(25);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = word();
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                s.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            s.append(w);
        }
        return s.append(random.nextInt(4) == 0 ? "?" : ".").toString();
    }

    /** {@code original} with one to three words replaced, inserted or deleted. */
    String nearDuplicate(String original) {
        List<String> words = new ArrayList<>(List.of(original.split(" ")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && words.size() > 2; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, word());
                case 1 -> words.add(at, word());
                default -> words.remove(at);
            }
        }
        return String.join(" ", words);
    }

    /** {@code n} sentences of which about a fifth are near-duplicates of earlier ones. */
    List<String> corpus(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i > 100 && random.nextInt(5) == 0 ? nearDuplicate(out.get(random.nextInt(i))) : sentence());
        }
        return out;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
