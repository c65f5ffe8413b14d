package io.geowire.ingest.live;

/**
 * What has already been produced, as the caller's positions say: a source skips known versions before fetching
 * anything, so a restart costs a listing, not a download of every page again.
 */
@FunctionalInterface
public interface KnownVersions {
    KnownVersions NONE = (sourceId, itemKey, version) -> false;

    boolean isKnown(String sourceId, String itemKey, String version);
}
