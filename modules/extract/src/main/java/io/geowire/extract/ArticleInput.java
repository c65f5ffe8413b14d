package io.geowire.extract;

import java.time.LocalDate;

/**
 * The text the extractor reads.
 *
 * @param article            the article's name (source file name), copied into every event
 * @param text               the (cleaned) article text; evidence offsets refer to it
 * @param published          publication date, used to resolve relative dates; may be null
 * @param publishedEstimated the publication date was estimated from the dates the text mentions, not stated: it
 *                           still anchors relative dates, but a statement without a date of its own is not dated
 *                           with it (an analysis quoting an old remark must not date the remark at a guess)
 */
public record ArticleInput(String article, String text, LocalDate published, boolean publishedEstimated) {

    /** An article whose publication date, if any, is stated. */
    public ArticleInput(String article, String text, LocalDate published) {
        this(article, text, published, false);
    }
}
