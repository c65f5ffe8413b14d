package io.geowire.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Whole-document language detection with OpenNLP's pre-trained model (opennlp-models-langdetect, 103 languages,
 * ISO 639-3 codes), reported as ISO 639-1 where one exists. One instance per thread: the detector is not
 * thread-safe, the model is and is loaded once.
 *
 * <p>A sample that is English beyond doubt by its function words answers "en" without the model (see
 * {@link #clearlyEnglish}): the model costs about a millisecond per article, half of ingesting one, and on every
 * sample of our corpora where the shortcut answers, the model said "en" too (docs/decisions.md has the figures).
 */
final class LanguageGuesser {
    private static final String MODEL = "/langdetect-183.bin";
    private static final Map<String, String> ISO3_TO_1 = new HashMap<>();
    private static volatile LanguageDetectorModel model;

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_1.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code cannot be returned by the model either
            }
        }
        // the model uses macro-language members where Java knows only the macro-language
        ISO3_TO_1.put("cmn", "zh");
        ISO3_TO_1.put("pes", "fa");
        ISO3_TO_1.put("zsm", "ms");
        ISO3_TO_1.put("ekk", "et");
        ISO3_TO_1.put("lvs", "lv");
        ISO3_TO_1.put("npi", "ne");
        ISO3_TO_1.put("swh", "sw");
        ISO3_TO_1.put("uzn", "uz");
        ISO3_TO_1.put("azj", "az");
        ISO3_TO_1.put("khk", "mn");
        ISO3_TO_1.put("arb", "ar");
        ISO3_TO_1.put("ydd", "yi");
        ISO3_TO_1.put("gug", "gn");
        ISO3_TO_1.put("plt", "mg");
        ISO3_TO_1.put("ory", "or");
    }

    /**
     * Fewest words a sample needs for the shortcut. On shorter samples a fragment of another language (a few words
     * in an English paragraph) could turn the model's answer: seen up to 59 words, never from 60 on.
     */
    static final int SHORTCUT_MIN_WORDS = 80;
    /** Share of the sample's words that are English function words (English prose: 0.3-0.5). */
    static final double SHORTCUT_MIN_DENSITY = 0.25;
    /** English function words must outnumber those of any other stopword list by this factor. */
    static final int SHORTCUT_MARGIN = 3;
    /**
     * Every run of this many consecutive words holds at least {@link #SHORTCUT_WINDOW_MIN} English function words:
     * a sentence of another language mixed into English text (a quotation, a hostile insert) leaves a run without
     * any, and on such mixes the model may answer with the other language.
     */
    static final int SHORTCUT_WINDOW = 20;
    static final int SHORTCUT_WINDOW_MIN = 3;
    private static final int ENGLISH = 1 << Lexicon.LANGUAGES.indexOf("en");
    /**
     * Menu words left out of the runs may be at most this share of the sample's words: a menu of a dozen words in
     * an English page leaves the model's answer English, a long list of another language's capitalised words
     * between bars did not (docs/decisions.md, issue 13, xingest).
     */
    static final double SHORTCUT_MENU_MAX_SHARE = 0.1;
    private static final String MENU_ITEM = "[A-Z][a-z]*(?:[ \\t]+[A-Z][a-z]*){0,2}";

    private LanguageDetectorME detector;
    private final int sampleChars;

    public LanguageGuesser(int sampleChars) {
        this.sampleChars = sampleChars;
    }

    /** ISO 639-1 code (or the model's 639-3 code when there is none), or null for text too short to tell. */
    public String detect(String text) {
        return detect(text, null);
    }

    /**
     * {@link #detect(String)} given the {@link Words#tally} of the sample (the text's first {@code sampleChars}
     * characters; see {@link #sampleChars()}), or null to tally it here.
     */
    public String detect(String text, Words.Tally sampleWords) {
        if (text == null || text.strip().length() < 20) {
            return null;
        }
        String sample = text.length() > sampleChars ? text.substring(0, sampleChars) : text;
        boolean english = sampleWords != null ? clearlyEnglish(sample, sampleWords) : clearlyEnglish(sample);
        return english ? "en" : detectWithModel(sample);
    }

    /** How many of a text's first characters are its sample. */
    public int sampleChars() {
        return sampleChars;
    }

    /** The model's answer for the sample, without the shortcut. */
    String detectWithModel(String sample) {
        if (detector == null) {
            detector = new LanguageDetectorME(model());
        }
        Language best = detector.predictLanguage(sample);
        return toIso1(best.getLang());
    }

    /**
     * Whether the sample is English beyond doubt by its function words: enough words, a good share of them English
     * function words, far more than of any other language's list, and no run of words without them (text of
     * another language mixed in). Doubtful samples go to the model.
     */
    static boolean clearlyEnglish(String sample) {
        return clearlyEnglish(sample, Words.tally(sample));
    }

    /** {@link #clearlyEnglish(String)} given {@code words}, the {@link Words#tally} of the sample. */
    static boolean clearlyEnglish(String sample, Words.Tally words) {
        if (words.words() < SHORTCUT_MIN_WORDS) {
            return false;
        }
        int[] hits = words.hits();
        int[] englishSoFar = words.stopwordsSoFar(Integer.numberOfTrailingZeros(ENGLISH)); // among the first i words
        int english = hits[Integer.numberOfTrailingZeros(ENGLISH)];
        if (english < SHORTCUT_MIN_DENSITY * words.words()) {
            return false;
        }
        for (int i = 0; i < hits.length; i++) {
            if ((1 << i) != ENGLISH && english < SHORTCUT_MARGIN * hits[i]) {
                return false;
            }
        }
        if (everyRunHasEnglish(englishSoFar, null)) {
            return true;
        }
        // a site's menu inside the text is a run without function words, but no text of another language: its
        // words are left out of the runs (only a sample with a bar can hold one)
        return sample.indexOf('|') >= 0 && everyRunHasEnglish(englishSoFar, menuWords(sample, words.words()));
    }

    /**
     * Whether every {@link #SHORTCUT_WINDOW} consecutive words hold {@link #SHORTCUT_WINDOW_MIN} English function
     * words, the words {@code skipped} marks left out unless they are function words (so a sample that passes with
     * none skipped passes with any skipped). {@code englishSoFar}: as {@link Words.Tally#stopwordsSoFar}.
     */
    private static boolean everyRunHasEnglish(int[] englishSoFar, boolean[] skipped) {
        int[] soFar = englishSoFar;
        int words = englishSoFar.length - 1;
        if (skipped != null) {
            soFar = new int[words + 1];
            int kept = 0;
            for (int w = 0; w < words; w++) {
                int english = englishSoFar[w + 1] - englishSoFar[w];
                if (!skipped[w] || english > 0) {
                    soFar[kept + 1] = soFar[kept] + english;
                    kept++;
                }
            }
            if (words - kept > SHORTCUT_MENU_MAX_SHARE * words) {
                return false; // a long "menu" is text in its own right: a model reads it as much as the rest
            }
            words = kept;
        }
        for (int end = SHORTCUT_WINDOW; end <= words; end++) {
            if (soFar[end] - soFar[end - SHORTCUT_WINDOW] < SHORTCUT_WINDOW_MIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * A site menu or breadcrumb: three or more items of one to three capitalised ASCII words, separated by bars
     * ("Home | News | Business | Energy"). Measured against the model (docs/decisions.md, issue 13, xingest): with
     * lower-case words, non-ASCII words, fewer items or longer ones (a foreign sentence between bars) the model
     * answered another language on some hostile mixes, so those stay in the runs.
     */
    private static final Pattern MENU = Pattern.compile("(?<!\\p{L})" + MENU_ITEM + "(?:[ \\t]*\\|[ \\t]*"
            + MENU_ITEM + "){2,}(?!\\p{L})");

    /** For each word of {@link Words#tally} (letter runs, in order), whether it stands in a {@link #MENU}. */
    static boolean[] menuWords(String sample, int wordCount) {
        boolean[] menu = new boolean[wordCount];
        Matcher m = MENU.matcher(sample);
        int word = 0;
        int i = 0;
        int n = sample.length();
        while (m.find()) {
            for (; i < m.end(); i++) {
                if (Words.isLetter(sample.charAt(i)) && (i == 0 || !Words.isLetter(sample.charAt(i - 1)))) {
                    menu[word++] = i >= m.start();
                }
            }
        }
        return menu;
    }

    static String toIso1(String iso3) {
        return ISO3_TO_1.getOrDefault(iso3, iso3);
    }

    private static LanguageDetectorModel model() {
        if (model == null) {
            synchronized (LanguageGuesser.class) {
                if (model == null) {
                    try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("language model " + MODEL + " not on the class path");
                        }
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return model;
    }
}
