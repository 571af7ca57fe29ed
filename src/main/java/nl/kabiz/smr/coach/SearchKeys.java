package nl.kabiz.smr.coach;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names and cities are compared in a search: lower case, without accents, punctuation as a space. "Jansen",
 * "JANSEN" and "Jánsen" are one key; "'s-Hertogenbosch" is {@code s hertogenbosch}. The register stores these keys
 * beside the written form (columns {@code name_key}, {@code city_key}, table {@code coach_name_word}), so that a
 * search uses an index instead of comparing every row.
 */
public final class SearchKeys {

    /** Longest word kept per name (column {@code coach_name_word.word}). */
    public static final int MAX_WORD = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private SearchKeys() {
    }

    /** The key of a text: {@code "Ré van  Dijk-Smit"} → {@code "re van dijk smit"}; null stays null. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l").replace("ı", "i")
                .replace("đ", "d")
                .toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
    }

    /** The distinct words of a text's key, each at most {@link #MAX_WORD} characters. */
    public static List<String> words(String text) {
        String key = key(text);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(key.split(" ")).map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
                .distinct().toList();
    }

    /**
     * The smallest key greater than every key that starts with {@code prefix}, for an index range
     * {@code word >= prefix AND word < upper} (a {@code LIKE 'prefix%'} uses an index only under some collations).
     * Keys hold only {@code a-z} and {@code 0-9}, digits sort before letters under every collation; null when no
     * upper bound exists (a prefix of only {@code z}).
     */
    public static String upperBound(String prefix) {
        String stem = prefix;
        while (!stem.isEmpty() && stem.charAt(stem.length() - 1) == 'z') {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.isEmpty()) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        char next = last == '9' ? 'a' : (char) (last + 1);
        return stem.substring(0, stem.length() - 1) + next;
    }
}
