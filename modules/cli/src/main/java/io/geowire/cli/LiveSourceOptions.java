package io.geowire.cli;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.live.FeedList;
import io.geowire.ingest.live.FeedSource;
import io.geowire.ingest.live.FetchPolicy;
import io.geowire.ingest.live.HttpFetcher;
import io.geowire.ingest.live.LiveSource;
import io.geowire.ingest.live.WatchedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The live-source options of a verb ({@code run} now; {@code ingest} can mix them in the same way): watched
 * folders and a feeds file, turned into {@link LiveSource}s before anything starts, so a mistyped folder or a bad
 * feeds line is reported at once.
 */
final class LiveSourceOptions {

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Ingest every file created or replaced in this folder (recursively) as it arrives "
                + "(repeatable). Files are read once unchanged for --watch-settle; *.tmp and dot-files are ignored")
    List<Path> watch;

    @Option(names = "--watch-settle", paramLabel = "DURATION",
            description = "How long a watched file must stay unchanged before it is read (default: 250ms); raise it "
                + "for writers that pause mid-file and cannot write *.tmp then rename")
    String watchSettle;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Poll the RSS/Atom feeds listed in this file: one URL per line, optionally followed by "
                + "its poll interval (90s, 5m, 1h)")
    Path feeds;

    @Option(names = "--feed-interval", paramLabel = "DURATION", defaultValue = "5m",
            description = "Poll interval of feeds whose line gives none (default: ${DEFAULT-VALUE})")
    String feedInterval;

    @Option(names = "--feed-host-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE})")
    String hostDelay;

    @Option(names = "--allow-private-feeds",
            description = "Allow feeds and pages on loopback, private and link-local addresses (refused by default)")
    boolean allowPrivateFeeds;

    boolean any() {
        return (watch != null && !watch.isEmpty()) || feeds != null;
    }

    /** The sources the options name; an unusable folder or feeds file is an {@link IllegalArgumentException}. */
    List<LiveSource> sources(IngestOptions ingest, Clock clock) {
        List<LiveSource> sources = new ArrayList<>();
        try {
            Duration settle = watchSettle == null ? WatchedFolder.DEFAULT_SETTLE : FeedList.interval(watchSettle);
            if (settle.isNegative()) {
                throw new IllegalArgumentException("--watch-settle " + watchSettle + ": must not be negative");
            }
            for (Path dir : watch == null ? List.<Path>of() : watch) {
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("--watch " + dir + ": not a folder");
                }
                sources.add(new WatchedFolder(dir, settle, WatchedFolder.DEFAULT_RESCAN,
                        ingest.limits().maxFileBytes(), clock));
            }
            if (feeds != null) {
                List<FeedList.Feed> list = FeedList.read(feeds, FeedList.interval(feedInterval));
                if (list.isEmpty()) {
                    throw new IllegalArgumentException("--feeds " + feeds + ": no feed URL in the file");
                }
                HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivateFeeds)
                        .withPerHostDelay(FeedList.interval(hostDelay))
                        .withMaxBytes(Math.min(ingest.limits().maxRecordBytes(), FetchPolicy.defaults().maxBytes())),
                        clock);
                list.forEach(f -> sources.add(new FeedSource(f.url(), f.interval(), fetcher, clock)));
            }
        } catch (IOException e) {
            sources.forEach(LiveSource::close);
            throw new IllegalArgumentException("cannot start live sources: " + e.getMessage(), e);
        }
        return sources;
    }

}
