/**
 * Live sources: a watched folder and RSS/Atom feeds that keep yielding new items while a pipeline runs. They find
 * and fetch items and keep their own counts; what becomes of an item (ingestion, Kafka, its position) is the
 * caller's business. Nothing here knows Kafka.
 */
package io.geowire.ingest.live;
