package io.geowire.cli;

import io.geowire.ingest.IngestException;
import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.TopicProvisioner;
import io.geowire.streams.ApplicationReset;
import io.geowire.streams.StreamsSettings;
import io.geowire.streams.TopologyOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * What {@code replay} does, separate from its options so tests can keep the pipeline running: reset the Streams
 * application (it must not be running), start an instance with its API, and either let it reprocess the input
 * topics from the earliest offset or produce a corpus again (then the reset skips what the topics already hold,
 * so the state is exactly that corpus).
 */
final class Replay implements AutoCloseable {

    /** What to replay; {@code corpus} null means "reprocess the input topics". */
    record Request(LocalPipeline.Settings pipeline, List<String> corpus, ReplayCorpus.Pacing pacing,
                   io.geowire.ingest.IngestOptions ingestOptions, ExtractorOptions extraction) {
        Request(LocalPipeline.Settings pipeline, List<String> corpus, ReplayCorpus.Pacing pacing) {
            this(pipeline, corpus, pacing, io.geowire.ingest.IngestOptions.defaults(), ExtractorOptions.defaults());
        }
    }

    private final EmbeddedKafkaBroker broker;
    private final LocalPipeline pipeline;
    private final ApplicationReset.Report reset;
    private final ProduceSummary expected;

    private Replay(EmbeddedKafkaBroker broker, LocalPipeline pipeline, ApplicationReset.Report reset,
            ProduceSummary expected) {
        this.broker = broker;
        this.pipeline = pipeline;
        this.reset = reset;
        this.expected = expected;
    }

    static Replay start(Request request, PrintStream progress) throws Exception {
        LocalPipeline.Settings s = request.pipeline();
        EmbeddedKafkaBroker broker = s.bootstrap() == null ? startBroker(s) : null;
        try {
            String bootstrap = broker == null ? s.bootstrap() : broker.bootstrapServers();
            ClientConfigs clients = ClientConfigs.of(bootstrap, s.clientConfig());
            Topics topics = Topics.withPrefix(s.topicPrefix());
            ApplicationReset.Report report = reset(clients, topics, s, request.corpus() == null);
            progress.println("geowire replay: reset " + report.applicationId() + " (deleted "
                    + report.deletedTopics().size() + " internal topics, inputs from "
                    + report.start().name().toLowerCase(java.util.Locale.ROOT) + ")");
            LocalPipeline pipeline = LocalPipeline.start(withBootstrap(s, bootstrap));
            try {
                ProduceSummary expected = request.corpus() == null
                        ? reprocess(pipeline, progress)
                        : ReplayCorpus.produce(clients, topics, request.corpus(),
                                CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-" + s.applicationId(), request.pacing(),
                                request.ingestOptions(), request.extraction().create(), progress);
                return new Replay(broker, pipeline, report, expected);
            } catch (Exception | Error e) {
                pipeline.close();
                throw e;
            }
        } catch (Exception | Error e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    LocalPipeline pipeline() {
        return pipeline;
    }

    ApplicationReset.Report reset() {
        return reset;
    }

    /** What the state must account for: the corpus as produced, or what the input topics hold. */
    ProduceSummary expected() {
        return expected;
    }

    @Override
    public void close() {
        pipeline.close();
        if (broker != null) {
            broker.close();
        }
    }

    private static ApplicationReset.Report reset(ClientConfigs clients, Topics topics, LocalPipeline.Settings s,
            boolean fromEarliest) throws Exception {
        try (Admin admin = Admin.create(clients.admin())) {
            TopicProvisioner.ensureTopics(admin, topics, TopicProvisioner.DEFAULT_PARTITIONS);
            StreamsSettings settings = StreamsSettings.of(clients).withApplicationId(s.applicationId());
            if (s.dataDir() != null) {
                // where LocalPipeline keeps the state of a --data-dir; without one each start gets a fresh folder
                settings = settings.withStateDir(s.dataDir().resolve("streams"));
            }
            return ApplicationReset.reset(admin, settings, TopologyOptions.defaults().withTopics(topics),
                    fromEarliest ? ApplicationReset.Start.EARLIEST : ApplicationReset.Start.LATEST);
        }
    }

    /** Counts the inputs, then follows the group's progress through them until it has caught up. */
    private static ProduceSummary reprocess(LocalPipeline pipeline, PrintStream progress)
            throws InterruptedException {
        TopicCensus census = TopicCensus.count(pipeline.clients(), pipeline.topics(), Duration.ofMinutes(2));
        ReplayProgress bar = new ReplayProgress(progress, census.summary().inputs());
        while (!pipeline.streams().isCaughtUp(pipeline.admin())) {
            var state = pipeline.streams().queries().summary();
            bar.processed(state.articles() + state.duplicates() + state.deadLetters());
            Thread.sleep(250);
        }
        var state = pipeline.streams().queries().summary();
        bar.processed(state.articles() + state.duplicates() + state.deadLetters());
        bar.done();
        return census.summary();
    }

    private static LocalPipeline.Settings withBootstrap(LocalPipeline.Settings s, String bootstrap) {
        return new LocalPipeline.Settings(bootstrap, s.clientConfig(), s.kafkaPort(), s.dataDir(), s.host(), s.port(),
                s.topicPrefix(), s.applicationId(), s.standbyReplicas(), s.startTimeout(), s.apiSecurity());
    }

    private static EmbeddedKafkaBroker startBroker(LocalPipeline.Settings s) {
        BrokerOptions options = BrokerOptions.defaults().withPort(s.kafkaPort());
        if (s.dataDir() != null) {
            options = options.withDataDir(s.dataDir().resolve(LocalPipeline.BROKER_SUBDIR));
        }
        return EmbeddedKafkaBroker.start(options);
    }
}
