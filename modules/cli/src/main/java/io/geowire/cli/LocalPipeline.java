package io.geowire.cli;

import io.geowire.api.ApiExtras;
import io.geowire.api.ApiOptions;
import io.geowire.api.ApiSecurity;
import io.geowire.api.ClusterApiServer;
import io.geowire.api.HealthInfo;
import io.geowire.api.KafkaStreamsInstances;
import io.geowire.api.SourcesInfo;
import io.geowire.extract.EventExtractor;
import io.geowire.streams.query.GeowireQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.geowire.streams.StoreNames;
import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.TopicProvisioner;
import io.geowire.streams.GeowireStreamsApp;
import io.geowire.streams.SettleCheck;
import io.geowire.streams.StreamsSettings;
import io.geowire.streams.TopologyOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything {@code run} and {@code stream} start, in order: a broker (unless a cluster is given), the
 * topics, the Streams application and the HTTP server; closed in reverse order.
 */
final class LocalPipeline implements AutoCloseable {

    /** Settings of one pipeline; {@code bootstrap} null means "start the embedded broker". */
    record Settings(String bootstrap, Path clientConfig, int kafkaPort, Path dataDir, String host, int port,
            String topicPrefix, String applicationId, int standbyReplicas, Duration startTimeout,
            ApiSecurity apiSecurity) {

        /** An API without token, HTTPS or CORS (loopback only). */
        Settings(String bootstrap, Path clientConfig, int kafkaPort, Path dataDir, String host, int port,
                String topicPrefix, String applicationId, int standbyReplicas, Duration startTimeout) {
            this(bootstrap, clientConfig, kafkaPort, dataDir, host, port, topicPrefix, applicationId, standbyReplicas,
                    startTimeout, ApiSecurity.none());
        }
    }

    /** The embedded broker's folder inside a data dir (Streams state goes to {@code streams}). */
    static final String BROKER_SUBDIR = "kafka";

    private final EmbeddedKafkaBroker broker;
    private final ClientConfigs clients;
    private final Topics topics;
    private final Admin admin;
    private final GeowireStreamsApp streams;
    private final ClusterApiServer api;
    private final PrometheusMeterRegistry registry;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean apiClosed = new AtomicBoolean();

    private LocalPipeline(EmbeddedKafkaBroker broker, ClientConfigs clients, Topics topics, Admin admin,
            GeowireStreamsApp streams, ClusterApiServer api, PrometheusMeterRegistry registry) {
        this.broker = broker;
        this.clients = clients;
        this.topics = topics;
        this.admin = admin;
        this.streams = streams;
        this.api = api;
        this.registry = registry;
    }

    static LocalPipeline start(Settings s) throws Exception {
        return start(s, SourcesInfo.NONE);
    }

    /** As {@link #start(Settings)}, with the live sources {@code GET /api/sources} lists. */
    static LocalPipeline start(Settings s, SourcesInfo sources) throws Exception {
        return start(s, sources, UnaryOperator.identity());
    }

    /**
     * As {@link #start(Settings, SourcesInfo)}, with the Streams settings passed through {@code tuning} last
     * ({@code bench e2e} compares commit intervals, stream threads and producer linger with it).
     */
    static LocalPipeline start(Settings s, SourcesInfo sources, UnaryOperator<StreamsSettings> tuning)
            throws Exception {
        // what is already running when a later step fails is closed again, newest first
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        if (s.dataDir() != null) {
            // sentence embeddings outlive the process too: `replay --corpus` of a seen corpus spends no encoder time
            EventExtractor.keepEmbeddingsIn(s.dataDir().resolve("encoder-cache"));
        }
        try {
            EmbeddedKafkaBroker broker = s.bootstrap() == null ? opened(opened, startBroker(s)) : null;
            String bootstrap = broker == null ? s.bootstrap() : broker.bootstrapServers();
            ClientConfigs clients = ClientConfigs.of(bootstrap, s.clientConfig());
            Topics topics = Topics.withPrefix(s.topicPrefix());
            Admin admin = opened(opened, Admin.create(clients.admin()));
            TopicProvisioner.ensureTopics(admin, topics, TopicProvisioner.DEFAULT_PARTITIONS);
            // the API port is published to other instances before the server starts, so pick it now
            int port = s.port() == 0 ? freePort() : s.port();
            StreamsSettings streamsSettings = tuning.apply(StreamsSettings.of(clients)
                    .withApplicationId(s.applicationId())
                    .withReplicationFactor(broker != null ? 1 : -1)
                    .withApplicationServer(advertisedHost(s.host()) + ":" + port)
                    .withStandbyReplicas(s.standbyReplicas())
                    .withStateDir(stateDir(s.dataDir())));
            GeowireStreamsApp app = opened(opened, new GeowireStreamsApp(streamsSettings,
                    TopologyOptions.defaults().withTopics(topics)));
            HostInfo self = new HostInfo(advertisedHost(s.host()), port);
            // one registry for the API, Streams and (in run) the producer, so /metrics shows the whole pipeline
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            opened.push(registry::close);
            ApiExtras extras = ApiExtras.none()
                    .withInstances(new KafkaStreamsInstances(app.streams(), self))
                    .withRegistry(registry)
                    .withBinder(new KafkaStreamsMetrics(app.streams()))
                    .withBinder(new StreamsPipelineMetrics(app.streams(), inputTopics(topics, s.applicationId())))
                    .withSources(sources);
            // any instance answers for all keys: lookups go to the key's host, lists to every instance
            ClusterApiServer api = opened(opened, ClusterApiServer.start(
                    new ApiOptions(s.host(), port, s.apiSecurity()),
                    HealthInfo.of(() -> healthOf(app.state()), bootstrap, () -> details(app, s)), extras,
                    app.streams(), app.topology(), self));
            app.start(s.startTimeout());
            return new LocalPipeline(broker, clients, topics, admin, app, api, registry);
        } catch (Exception | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private static <T extends AutoCloseable> T opened(Deque<AutoCloseable> opened, T resource) {
        opened.push(resource);
        return resource;
    }

    private static void closeAll(Deque<AutoCloseable> opened, Throwable failure) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }

    /** The registry {@code /metrics} scrapes: the producer's metrics go here when it runs in this process. */
    MeterRegistry meterRegistry() {
        return registry;
    }

    /** The topics the Streams application consumes: the three inputs and its own repartition topic. */
    static Set<String> inputTopics(Topics topics, String applicationId) {
        return Set.of(topics.articles(), topics.events(), topics.deadLetters(),
                applicationId + "-" + StoreNames.EVENTS_BY_ENTITY + "-repartition");
    }

    ClientConfigs clients() {
        return clients;
    }

    Topics topics() {
        return topics;
    }

    Admin admin() {
        return admin;
    }

    GeowireStreamsApp streams() {
        return streams;
    }

    /** What the API answers: all keys, from whichever instance hosts them. */
    GeowireQueries queries() {
        return api.queries();
    }

    String bootstrap() {
        return clients.bootstrapServers();
    }

    String apiUrl() {
        return api.scheme() + "://" + advertisedHost(api.bindAddress()) + ":" + api.port();
    }

    /** The Streams application died (an uncaught processing error shuts the client down) or stopped on its own. */
    boolean streamsFailed() {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.PENDING_ERROR || state == KafkaStreams.State.ERROR
                || streams.unexpectedStop().isPresent();
    }

    /** Why the Streams application stopped on its own, for the user; a generic line when the cause is unknown. */
    String streamsFailure() {
        return streams.unexpectedStop().orElse("the Streams application stopped with an error; see the log above");
    }

    /** What {@code --once} watches: lag, the counts against {@code produced}, and the application's own stop. */
    Settling.Source settleSource(ProduceSummary produced) {
        // one check for the whole wait: it keeps its probe consumer from one look to the next
        SettleCheck check = streams.settleCheck();
        return new Settling.Source() {
            @Override
            public boolean caughtUp() {
                return check.isCaughtUp(admin);
            }

            @Override
            public long progress() {
                return check.committedTotal();
            }

            @Override
            public void close() {
                check.close();
            }

            @Override
            public boolean balanced() {
                return Settling.balancedWhenQueryable(
                        () -> RunSummary.balanced(streams.queries().summary(), produced));
            }

            @Override
            public void onUnexpectedStop(java.util.function.Consumer<String> listener) {
                streams.onUnexpectedStop(listener);
            }
        };
    }

    boolean embeddedBroker() {
        return broker != null;
    }

    /** Idempotent: called by the shutdown hook and again when the verb returns. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeApi();
        streams.close();
        admin.close();
        if (broker != null) {
            broker.close();
        }
        registry.close();
    }

    /**
     * Stops only the HTTP server: the Streams instance keeps its tasks, so to the other instances it is a
     * member whose API does not answer (as after a crash, until the group notices), and they use standbys.
     */
    void closeApi() {
        if (apiClosed.compareAndSet(false, true)) {
            api.close();
        }
    }

    private static EmbeddedKafkaBroker startBroker(Settings s) {
        BrokerOptions options = BrokerOptions.defaults().withPort(s.kafkaPort());
        if (s.dataDir() != null) {
            options = options.withDataDir(s.dataDir().resolve(LocalPipeline.BROKER_SUBDIR));
        }
        return EmbeddedKafkaBroker.start(options);
    }

    private static Path stateDir(Path dataDir) throws IOException {
        // without a data dir each run rebuilds its state from the changelogs, in a folder of its own
        return dataDir == null ? Files.createTempDirectory("geowire-state") : dataDir.resolve("streams");
    }

    private static String healthOf(KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> HealthInfo.UP;
            case CREATED, REBALANCING -> HealthInfo.STARTING;
            default -> HealthInfo.DOWN;
        };
    }

    private static Map<String, Object> details(GeowireStreamsApp app, Settings s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stream_state", app.state().name());
        details.put("application_id", s.applicationId());
        details.put("topic_prefix", s.topicPrefix());
        return details;
    }

    private static String advertisedHost(String bindAddress) {
        return "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress) ? "localhost" : bindAddress;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the API", e);
        }
    }
}
