/**
 * Ingestion: reads text, HTML and JSON Lines (optionally gzip-compressed) from files, folders or stdin; cleans
 * page chrome and repeated paragraphs while keeping article paragraphs verbatim; reads title, author, date, source
 * and language; fingerprints articles to spot exact and near (spun) duplicates; turns bad input into dead letters.
 *
 * <p>Entry points: {@link io.geowire.ingest.Ingestor} (one instance per run), {@link io.geowire.ingest.IngestOptions},
 * {@link io.geowire.ingest.IngestedArticle}, {@link io.geowire.ingest.IngestSummary},
 * {@link io.geowire.ingest.IngestListener} (the cli draws its progress bar with one). Everything under
 * {@code internal} may change without notice.
 */
package io.geowire.ingest;
