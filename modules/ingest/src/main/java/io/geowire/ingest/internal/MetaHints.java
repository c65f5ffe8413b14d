package io.geowire.ingest.internal;

import java.time.LocalDate;

/** Metadata that a format states explicitly (header block, meta tags, JSON fields); null when not stated. */
record MetaHints(String title, String author, LocalDate published, String url, String source) {
    public static final MetaHints NONE = new MetaHints(null, null, null, null, null);

    /** Fills this one's gaps from {@code other}. */
    public MetaHints orElse(MetaHints other) {
        return new MetaHints(
                title != null ? title : other.title,
                author != null ? author : other.author,
                published != null ? published : other.published,
                url != null ? url : other.url,
                source != null ? source : other.source);
    }
}
