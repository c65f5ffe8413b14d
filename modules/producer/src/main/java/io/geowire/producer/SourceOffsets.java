package io.geowire.producer;

import io.geowire.ingest.TextSegment;
import java.util.List;
import java.util.OptionalInt;

/**
 * Maps an offset in cleaned text back to the decoded source it was cut from. Cleaning keeps paragraphs
 * verbatim, so an offset inside a kept paragraph has an exact counterpart; text with no counterpart
 * (HTML, JSON string values) has none.
 */
public final class SourceOffsets {

    private final List<TextSegment> segments;

    public SourceOffsets(List<TextSegment> segments) {
        this.segments = segments == null ? List.of() : segments;
    }

    /** The source offset of clean offset {@code offset}, or empty when the source has no counterpart. */
    public OptionalInt toSource(int offset) {
        for (TextSegment s : segments) {
            if (s.sourceStart() >= 0 && offset >= s.cleanStart() && offset <= s.cleanStart() + s.length()) {
                return OptionalInt.of(s.sourceStart() + offset - s.cleanStart());
            }
        }
        return OptionalInt.empty();
    }
}
