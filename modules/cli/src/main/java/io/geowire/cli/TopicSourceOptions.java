package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestOptions;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.RawArticleIngest;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * The raw-articles source as options, for the verbs that can run it ({@code ingest}, {@code run}): which topic,
 * which consumer group, and this process's name in it.
 */
final class TopicSourceOptions {

    @Option(names = "--from-topic", paramLabel = "TOPIC",
            description = "Consume JSON articles from this topic (raw-articles: the topic geowire creates, with "
                    + "--topic-prefix applied; any other name as given)")
    String fromTopic;

    @Option(names = "--group", defaultValue = RawArticleIngest.DEFAULT_GROUP,
            description = "Consumer group shared by the processes that divide --from-topic (default ${DEFAULT-VALUE})")
    String group;

    @Option(names = "--instance-id", paramLabel = "NAME",
            description = "This process's stable name in the group, unique among running ones (e.g. the host name): "
                    + "a restart under it resumes at once (default: a random name)")
    String instanceId;

    boolean given() {
        return fromTopic != null;
    }

    /** The topic to consume: the raw-articles name means geowire's own topic, so the prefix applies to it. */
    String topic(Topics topics) {
        return Topics.RAW_ARTICLES.equals(fromTopic) ? topics.rawArticles() : fromTopic;
    }

    RawArticleIngest.Settings settings(Topics topics) {
        String name = instanceId != null ? instanceId
                : "ingest-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return new RawArticleIngest.Settings(topic(topics), group, name);
    }

    /** The source, started: it consumes on a thread of its own until closed. */
    RawArticleIngest start(ClientConfigs clients, Topics topics, IngestOptions ingest, EventExtractor extractor) {
        return new RawArticleIngest(clients, topics, settings(topics), ingest, extractor,
                Clock.systemUTC()).start();
    }
}
