package io.geowire.ingest.internal;

import java.util.List;

/** A document split into verbatim blocks, plus the metadata its format states explicitly. */
record ParsedDocument(List<Block> blocks, MetaHints hints) {
}
