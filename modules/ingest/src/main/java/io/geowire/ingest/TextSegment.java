package io.geowire.ingest;

/**
 * One verbatim piece of the cleaned text and where it came from: characters
 * {@code [cleanStart, cleanStart + length)} of the cleaned text equal characters
 * {@code [sourceStart, sourceStart + length)} of the decoded source. Lets evidence offsets found in
 * cleaned text be reported as offsets in the source file. {@code sourceStart} is -1 when the source
 * has no character-for-character counterpart (HTML text, JSON string values).
 */
public record TextSegment(int cleanStart, int sourceStart, int length) {
}
