package io.geowire.ingest;

/**
 * Knobs of an ingestion run.
 *
 * @param limits                  what one input may cost (sizes, compression ratio, HTML depth, token length)
 * @param minArticleChars         cleaned text shorter than this is not an article (dead letter)
 * @param nearDuplicateThreshold  estimated Jaccard similarity of stopword shingles from which an article counts as
 *                                a copy (spun or not) of an earlier one
 * @param detectLanguage          run the language detector (the model costs about a millisecond per article; most
 *                                English text is recognised by its function words without it)
 * @param languageSampleChars     how much of a cleaned text the language detector reads
 * @param excerptChars            length of the printable excerpt kept with every article
 */
public record IngestOptions(
        IngestLimits limits,
        int minArticleChars,
        double nearDuplicateThreshold,
        boolean detectLanguage,
        int languageSampleChars,
        int excerptChars) {

    public IngestOptions {
        java.util.Objects.requireNonNull(limits, "limits");
        if (minArticleChars < 0 || excerptChars < 16 || languageSampleChars < 100) {
            throw new IllegalArgumentException("invalid ingest options");
        }
        if (nearDuplicateThreshold <= 0 || nearDuplicateThreshold > 1) {
            throw new IllegalArgumentException("nearDuplicateThreshold must be in (0, 1]");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(
                IngestLimits.defaults(),
                // wire briefs of a single sentence carry events ("X will not join the sanctions, its minister
                // said"): only below ~100 characters is a text more likely a caption or an error message
                100,
                // spun copies of an article score about 0.55-0.7 on stopword-shingle similarity, different articles
                // on the same topic (even by the same author) under 0.02 (see DuplicatesTest, docs/ingestion.md)
                0.35,
                true,
                // a few thousand characters decide the language as well as the whole text, at a fraction of the cost
                1000,
                // enough to recognise an input in a log line or on a dead-letter topic
                160);
    }

    public IngestOptions withLimits(IngestLimits newLimits) {
        return new IngestOptions(newLimits, minArticleChars, nearDuplicateThreshold, detectLanguage, languageSampleChars,
                excerptChars);
    }

    public IngestOptions withMinArticleChars(int chars) {
        return new IngestOptions(limits, chars, nearDuplicateThreshold, detectLanguage, languageSampleChars,
                excerptChars);
    }

    public IngestOptions withDetectLanguage(boolean detect) {
        return new IngestOptions(limits, minArticleChars, nearDuplicateThreshold, detect, languageSampleChars,
                excerptChars);
    }

    public IngestOptions withNearDuplicateThreshold(double threshold) {
        return new IngestOptions(limits, minArticleChars, threshold, detectLanguage, languageSampleChars,
                excerptChars);
    }
}
