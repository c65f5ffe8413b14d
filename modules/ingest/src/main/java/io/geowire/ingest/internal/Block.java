package io.geowire.ingest.internal;

/**
 * One paragraph-like unit of a parsed document, verbatim.
 *
 * @param text        the paragraph text, verbatim from the decoded source (text files) or as rendered (HTML, JSON)
 * @param sourceStart offset of {@code text} in the decoded source, or -1 when there is no verbatim counterpart
 * @param kind        structural role, as far as the format tells
 * @param linkDensity share of the characters that sit inside links (HTML only, else 0)
 * @param chrome      true when the markup itself marks it as page chrome (nav, footer, aside, menu classes)
 */
record Block(String text, int sourceStart, Kind kind, double linkDensity, boolean chrome) {
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM }

    public static Block text(String text, int sourceStart) {
        return new Block(text, sourceStart, Kind.PARAGRAPH, 0, false);
    }
}
