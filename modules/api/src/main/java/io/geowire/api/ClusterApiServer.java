package io.geowire.api;

import io.geowire.api.internal.LocalQueryResource;
import io.geowire.api.internal.PeerClient;
import io.geowire.api.internal.Staleness;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.LocalView;
import io.geowire.streams.query.StoreSources;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The REST API of one instance of a (possibly multi-instance) Streams application: the public endpoints of
 * {@link ApiServer} answered by {@link RoutingQueries} (any instance answers for all keys), the local-only
 * {@code /internal/local/...} endpoints the instances ask each other, and the {@code X-Geowire-Stale}
 * response header. {@code self} must be the {@code application.server} this instance published.
 */
public final class ClusterApiServer implements AutoCloseable {

    /** How long one instance waits for another before asking a standby instead. */
    public static final Duration PEER_TIMEOUT = Duration.ofSeconds(2);
    /** How long a local store query retries while a store is migrating or restoring. */
    public static final Duration LOCAL_RETRY = Duration.ofSeconds(1);

    private final ApiServer server;
    private final RoutingQueries queries;

    private ClusterApiServer(ApiServer server, RoutingQueries queries) {
        this.server = server;
        this.queries = queries;
    }

    /** Starts listening before returning; the streams may start before or after. */
    public static ClusterApiServer start(ApiOptions options, HealthInfo health, ApiExtras extras,
            KafkaStreams streams, Topology topology, HostInfo self) {
        Objects.requireNonNull(streams, "streams");
        StoreSources sources = StoreSources.of(topology);
        LocalView local = LocalView.of(streams, sources, LOCAL_RETRY);
        RoutingQueries queries = new RoutingQueries(streams, self, sources, local, new PeerClient(PEER_TIMEOUT, options.security()));
        ApiExtras withInstances = extras.instances() != null ? extras
                : extras.withInstances(new KafkaStreamsInstances(streams, self));
        // the resources write each answer's staleness; registering Staleness sends it as a header
        ApiServer server = ApiServer.start(options, queries, health, withInstances,
                List.of(new Staleness(), new LocalQueryResource(local)));
        return new ClusterApiServer(server, queries);
    }

    public int port() {
        return server.port();
    }

    public String bindAddress() {
        return server.bindAddress();
    }

    /** {@code https} with a keystore, else {@code http}. */
    public String scheme() {
        return server.scheme();
    }

    /** The queries behind the public endpoints (all keys, any instance), without the answers' staleness. */
    public GeowireQueries queries() {
        return queries.values();
    }

    public PrometheusMeterRegistry meterRegistry() {
        return server.meterRegistry();
    }

    @Override
    public void close() {
        server.close();
    }
}
