package io.geowire.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What ingestion makes of one input article. Exactly one is produced per input article (a file, or a
 * line of a JSON Lines file), whatever its status, so that inputs = ok + duplicates + dead letters.
 *
 * @param article      file name, or file name plus ":" and 1-based line number for JSON Lines
 * @param sourcePath   the path as given (or "-" for stdin)
 * @param id           stable id derived from the content (same text, same id, on every run)
 * @param status       ok, duplicate or dead letter
 * @param reason       why it is a dead letter (null otherwise)
 * @param duplicateOf  id of the article this one duplicates (null unless DUPLICATE)
 * @param text         the cleaned text (null for dead letters)
 * @param segments     maps cleaned-text offsets back to source offsets (empty for dead letters)
 * @param contentHash  exact content hash of the cleaned text (hex)
 * @param charset      how the bytes were decoded, e.g. "UTF-8" or "windows-1252"
 * @param excerpt      a short, printable excerpt of the input (always set; for dead letters the offending bytes)
 */
public record IngestedArticle(
        String article,
        String sourcePath,
        String id,
        IngestStatus status,
        String reason,
        String title,
        String author,
        LocalDate published,
        boolean publishedEstimated,
        String source,
        String url,
        String language,
        String duplicateOf,
        String text,
        List<TextSegment> segments,
        String contentHash,
        String charset,
        String excerpt) {
}
