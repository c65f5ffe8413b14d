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

    private final LanguageDetectorME detector = new LanguageDetectorME(model());
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
        Language best = detector.predictLanguage(sample);
        return toIso1(best.getLang());
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
