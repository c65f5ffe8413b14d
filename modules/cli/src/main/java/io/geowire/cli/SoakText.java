package io.geowire.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile ingredients of soak articles, all drawn from one {@link Random} so a seed fixes them: dates in the
 * past and the future (2027-2035 included), year ranges and target years ("2020-2030", "by 2030", "Vision 2030"),
 * year-less dates ("in May", "on August 17"), odd numbers, invisible and bidirectional Unicode controls, emoji,
 * combining marks, and spinning (content words swapped for synonyms, neighbouring words swapped).
 */
final class SoakText {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.ENGLISH));
    /** Plans, strategies and targets that name years; {@code %s}/{@code %d} are filled with ranges and years. */
    private static final String[] TARGET_SENTENCES = {
        "The government's %s strategy foresees a doubling of transit volumes by %d.",
        "Officials described the project as a pillar of Vision %d.",
        "Under the %s programme, the ministry plans to add three new terminals.",
        "Investors expect the corridor to carry 10 million tonnes a year by %d.",
        "The agreement runs from %s and can be extended once.",
        "The ministry's roadmap for %s sets out new rail links and a second export pipeline.",
        "Analysts doubt that the target for %d can be met without new financing.",
        "Exports through the pipeline are scheduled to resume on %s.",
        "The consortium said the new pumping station would open in %s.",
    };
    /** Year-less dates: an extractor that takes a target year as the reference year dates these in the future. */
    private static final String[] YEARLESS_OPENINGS = {"In %s, ", "On %s %d, ", "Since early %s, ", "Late in %s, ",
        "By the end of %s, "};
    private static final String[] INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
        "\u00ad", "\u061c"};
    private static final String[] EMOJI = {"\ud83d\udee2\ufe0f", "\ud83c\uddf0\ud83c\uddff", "\ud83d\ude80",
        "\ud83d\udc69\u200d\ud83d\udd2c", "\ud83d\udd25", "\u26a0\ufe0f", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
        "\ud83d\udc4d\ud83c\udffd"};
    private static final String[] RIGHT_TO_LEFT = {"\u202eenilepip eht\u202c", "\u05e9\u05dc\u05d5\u05dd",
        "\u0627\u0644\u0646\u0641\u0637 \u0648\u0627\u0644\u063a\u0627\u0632", "\u202b\u0645\u0631\u062d\u0628\u0627\u202c",
        "\u2067\u0628\u0627\u0643\u0648\u2069"};
    private static final String[] COMBINING = {"\u0301", "\u0308", "\u0327", "\u0336", "\u20dd", "\u0489"};
    private static final String[] ODD_NUMBERS = {"9,999,999,999,999 barrels", "-0.0%", "1e308 tonnes", "\u0660\u0661\u0662",
        "$1.2bn", "3\u00bd million", "12\u202f000 tonnes", "0x7fffffff", "99999999999999999999999 cubic metres",
        "\u2212 42 per cent", "NaN", "\u00b9\u00b2\u00b3"};
    /** Our own spinning table: plain words and the odd synonyms a spinner would pick. */
    private static final Map<String, String> SPIN = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("oil", "petroleum"), Map.entry("gas", "fuel"),
            Map.entry("pipeline", "conduit"), Map.entry("country", "nation"), Map.entry("new", "novel"),
            Map.entry("government", "administration"), Map.entry("minister", "secretary"),
            Map.entry("agreement", "accord"), Map.entry("exports", "shipments"), Map.entry("talks", "discussions"),
            Map.entry("route", "path"), Map.entry("officials", "functionaries"), Map.entry("week", "sennight"),
            Map.entry("large", "sizeable"), Map.entry("main", "principal"), Map.entry("build", "construct"),
            Map.entry("year", "twelvemonth"), Map.entry("told", "informed"), Map.entry("plans", "schemes"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    private final Random random;

    SoakText(Random random) {
        this.random = random;
    }

    /** A publication date: mostly past (1995-2026), one in ten in the future (2027-2035). */
    LocalDate publicationDate() {
        return random.nextInt(10) == 0 ? futureDate() : pastDate();
    }

    LocalDate pastDate() {
        return LocalDate.of(1995 + random.nextInt(32), 1, 1).plusDays(random.nextInt(365));
    }

    LocalDate futureDate() {
        return LocalDate.of(2027 + random.nextInt(9), 1, 1).plusDays(random.nextInt(365));
    }

    String formatted(LocalDate date) {
        return pick(DATE_FORMATS).format(date);
    }

    /** A sentence of our own naming a year range, target year or exact date, past or future. */
    String datedSentence() {
        String template = pick(TARGET_SENTENCES);
        int from = 2015 + random.nextInt(15);
        int to = from + 1 + random.nextInt(15);
        String range = from + pick(new String[] {"\u2013", "-", " to ", "\u2014"}) + to;
        if (template.contains("%s") && template.contains("%d")) {
            return String.format(Locale.ROOT, template, range, to);
        }
        if (template.contains("%d")) {
            return String.format(Locale.ROOT, template, 2027 + random.nextInt(9));
        }
        String filler = template.contains(" on %s") || template.contains(" in %s")
                ? formatted(random.nextBoolean() ? futureDate() : pastDate()) : range;
        return String.format(Locale.ROOT, template, filler);
    }

    /** The sentence, opened with a date that names no year ("In May, ..."). */
    String yearless(String sentence) {
        String month = pick(MONTHS);
        String opening = String.format(Locale.ROOT, pick(YEARLESS_OPENINGS), month, 1 + random.nextInt(28));
        return opening + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Replaces the numbers of a sentence with random ones, some of them odd. */
    String renumbered(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = random.nextInt(4) == 0 ? pick(ODD_NUMBERS)
                    : Integer.toString(random.nextInt(random.nextBoolean() ? 100 : 1_000_000));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The sentence with Unicode a tokenizer trips over, inserted between or inside words. */
    String unicodeNoise(String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        int insertions = 1 + random.nextInt(4);
        for (int i = 0; i < insertions; i++) {
            int at = safeOffset(b, random.nextInt(b.length() + 1));
            b.insert(at, noise());
        }
        return b.toString();
    }

    /** Content words swapped for synonyms and some neighbouring words exchanged, as a spinner would. */
    String spun(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        String held = null;
        while (m.find()) {
            String word = m.group();
            String swap = SPIN.get(word.toLowerCase(Locale.ROOT));
            String replacement = swap != null && random.nextInt(3) > 0 ? matchCase(word, swap) : word;
            if (held == null && word.length() > 6 && random.nextInt(8) == 0) {
                held = replacement;
                replacement = "";
            } else if (held != null && word.length() > 6) {
                replacement = replacement + " " + held;
                held = null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return held == null ? out.toString() : out + " " + held;
    }

    /** One word longer than any real word: a token-length limit should catch it. */
    String longToken(int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String noise() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(INVISIBLE);
            case 1 -> " " + pick(EMOJI) + " ";
            case 2 -> " " + pick(RIGHT_TO_LEFT) + " ";
            case 3 -> "a" + pick(COMBINING) + pick(COMBINING) + pick(COMBINING);
            default -> pick(INVISIBLE) + pick(EMOJI) + pick(INVISIBLE);
        };
    }

    /** Never splits a surrogate pair. */
    private static int safeOffset(CharSequence s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
