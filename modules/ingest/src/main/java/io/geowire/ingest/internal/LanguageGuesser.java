package io.geowire.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    private LanguageDetectorME detector;
    private final int sampleChars;

    public LanguageGuesser(int sampleChars) {
        this.sampleChars = sampleChars;
    }

    /** ISO 639-1 code (or the model's 639-3 code when there is none), or null for text too short to tell. */
    public String detect(String text) {
        if (text == null || text.strip().length() < 20) {
            return null;
        }
        String sample = text.length() > sampleChars ? text.substring(0, sampleChars) : text;
        return clearlyEnglish(sample) ? "en" : detectWithModel(sample);
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
        Words.Tally words = Words.tally(sample);
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
        for (int end = SHORTCUT_WINDOW; end <= words.words(); end++) {
            if (englishSoFar[end] - englishSoFar[end - SHORTCUT_WINDOW] < SHORTCUT_WINDOW_MIN) {
                return false;
            }
        }
        return true;
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
