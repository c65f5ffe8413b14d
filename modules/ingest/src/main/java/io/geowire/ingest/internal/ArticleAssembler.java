package io.geowire.ingest.internal;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.TextSegment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a parsed document into an IngestedArticle: clean, metadata, language, fingerprints, duplicate check. */
public final class ArticleAssembler {
    private final IngestOptions options;
    private final ContentCleaner cleaner = new ContentCleaner();
    private final DateEstimator estimator = new DateEstimator();
    private final DuplicateIndex index;
    private LanguageGuesser language;

    public ArticleAssembler(IngestOptions options) {
        this.options = options;
        this.index = new DuplicateIndex(options.nearDuplicateThreshold());
    }

    /** Where an article came from. {@code verbatimOffsets}: block offsets are offsets in the decoded file. */
    public record Origin(String article, String sourcePath, String charset, String excerpt, boolean verbatimOffsets,
                         String emptyReason) {
    }

    public IngestedArticle assemble(Origin origin, ParsedDocument doc) {
        int maxToken = options.limits().maxTokenChars();
        List<Block> blocks = new ArrayList<>(doc.blocks().size());
        int longestDropped = 0;
        for (Block b : doc.blocks()) {
            // a run is no longer than its paragraph: a paragraph within the limit needs no count (most of them)
            int longest = b.text().length() <= maxToken ? 0 : longestToken(b.text());
            if (longest > maxToken) {
                // an encoded blob or a run of junk, not prose: later stages (cleaning, date and event patterns)
                // need not spend time on it, and the other paragraphs keep their offsets
                longestDropped = Math.max(longestDropped, longest);
            } else {
                blocks.add(b);
            }
        }
        String dropped = longestDropped == 0 ? "" : "; dropped text with a run of " + longestDropped
                + " characters without whitespace (limit " + maxToken + ")";
        ContentCleaner.Result clean = cleaner.clean(blocks);
        if (clean.kept().isEmpty()) {
            int total = blocks.stream().mapToInt(b -> ContentCleaner.effectiveLength(b.text())).sum();
            return deadLetter(origin, (total < options.minArticleChars() ? tooShort(total)
                    : origin.emptyReason()) + dropped, null);
        }
        // sized once: the kept paragraphs and the blank lines between them (growing it copied the text repeatedly)
        int length = 0;
        for (Block b : clean.kept()) {
            length += b.text().length() + 2;
        }
        StringBuilder text = new StringBuilder(length);
        List<TextSegment> segments = new ArrayList<>();
        for (Block b : clean.kept()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            segments.add(new TextSegment(text.length(), origin.verbatimOffsets() ? b.sourceStart() : -1,
                    b.text().length()));
            text.append(b.text());
        }
        String cleaned = text.toString();
        if (ContentCleaner.effectiveLength(cleaned) < options.minArticleChars()) {
            return deadLetter(origin, tooShort(cleaned.length()) + dropped, null);
        }
        MetaHints meta = doc.hints().orElse(Metadata.fromBlocks(blocks, clean.labels()));
        LocalDate published = meta.published();
        boolean estimated = false;
        if (published == null) {
            Optional<LocalDate> guess = estimator.estimate(cleaned);
            published = guess.orElse(null);
            estimated = guess.isPresent();
        }
        String source = meta.source() != null ? meta.source() : HtmlParser.host(meta.url());
        String lang = options.detectLanguage()
                ? language().detect(cleaned, sampleWords(clean, language().sampleChars())) : null;
        String hash = Fingerprints.contentHash(cleaned);
        String id = hash.substring(0, 16);
        long[] shingles = clean.stopwordLanguage() == null ? new long[0]
                // the cleaner's stopwords of the kept paragraphs are those of the text that joins them
                : Fingerprints.shingles(clean.keptStopwords());
        String duplicateOf = index.check(id, hash, shingles);
        IngestStatus status = duplicateOf == null ? IngestStatus.OK : IngestStatus.DUPLICATE;
        return new IngestedArticle(origin.article(), origin.sourcePath(), id, status, null, meta.title(),
                meta.author(), published, estimated, source, meta.url(), lang, duplicateOf, cleaned,
                List.copyOf(segments), hash, origin.charset(), origin.excerpt());
    }

    /**
     * The {@link Words#tally} of the cleaned text's first {@code sampleChars} characters (the language sample), put
     * together from the cleaner's tallies of the kept paragraphs: the blank lines that join them hold no letter, so
     * no word spans two paragraphs, and only the paragraph the sample ends in is tallied again, as far as the sample
     * goes. Tallying the sample anew was a pass over text the cleaner had just read (issue 13, xingest3).
     */
    static Words.Tally sampleWords(ContentCleaner.Result clean, int sampleChars) {
        List<Words.Tally> parts = new ArrayList<>();
        int at = 0; // where the paragraph starts in the cleaned text
        for (int i = 0; i < clean.kept().size() && at < sampleChars; i++) {
            String paragraph = clean.kept().get(i).text();
            parts.add(at + paragraph.length() <= sampleChars ? clean.keptWords().get(i)
                    : Words.tally(paragraph.substring(0, sampleChars - at)));
            at += paragraph.length() + 2;
        }
        return Words.Tally.joined(parts);
    }

    /**
     * Length of the longest run without whitespace (zero-width characters count as part of a run: they are not
     * spaces to a reader either).
     */
    static int longestToken(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // printable ASCII, most of any text, is never whitespace: answered without Character's tables
            if (c > ' ' && c < 128) {
                if (++run > longest) {
                    longest = run;
                }
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }

    private String tooShort(int chars) {
        return "too short to be an article: " + chars + " characters of text (minimum " + options.minArticleChars()
                + ")";
    }

    /** A dead letter; its id hashes the given content (or, failing that, the article name) so it is stable. */
    public IngestedArticle deadLetter(Origin origin, String reason, byte[] content) {
        String hash = Fingerprints.sha256Hex(content != null ? content
                : (origin.article() + "\n" + origin.excerpt()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new IngestedArticle(origin.article(), origin.sourcePath(), hash.substring(0, 16),
                IngestStatus.DEAD_LETTER, reason, null, null, null, false, null, null, null, null, null, List.of(),
                hash, origin.charset(), origin.excerpt() == null ? "" : origin.excerpt());
    }

    private LanguageGuesser language() {
        if (language == null) {
            language = new LanguageGuesser(options.languageSampleChars());
        }
        return language;
    }
}
