package io.geowire.ingest.live;

/**
 * A new item, or a new version of an item, found by a live source.
 *
 * @param sourceId where it was found, stable across restarts ({@code watch:<folder>}, {@code feed:<url>})
 * @param itemKey  the item's identity within its source: a relative path, a feed entry's GUID or link
 * @param version  fingerprint of this version; the same item with another version is a new version of it
 * @param name     the name to ingest it under; its extension picks the format (.html, .txt, .jsonl ...)
 * @param location the path or URL it was read from, for messages and dead letters
 * @param bytes    its content; null when it could not be read
 * @param failure  why it could not be read (it becomes a dead letter with this reason); null when read
 */
public record LiveItem(String sourceId, String itemKey, String version, String name, String location, byte[] bytes,
        String failure) {

    public static LiveItem read(String sourceId, String itemKey, String version, String name, String location,
            byte[] bytes) {
        return new LiveItem(sourceId, itemKey, version, name, location, bytes, null);
    }

    public static LiveItem failed(String sourceId, String itemKey, String version, String name, String location,
            String failure) {
        return new LiveItem(sourceId, itemKey, version, name, location, null, failure);
    }
}
