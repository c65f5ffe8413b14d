package io.geowire.api;

import java.util.List;

/** What {@code GET /api/sources} lists: a read-only view of the live sources this instance runs. */
@FunctionalInterface
public interface SourcesInfo {
    SourcesInfo NONE = List::of;

    List<SourceInfo> sources();
}
