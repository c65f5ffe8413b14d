package io.geowire.extract;

import java.time.LocalDate;

/**
 * The text the extractor reads.
 *
 * @param article   the article's name (source file name), copied into every event
 * @param text      the (cleaned) article text; evidence offsets refer to it
 * @param published publication date, used to resolve relative dates; may be null
 */
public record ArticleInput(String article, String text, LocalDate published) {
}
