package io.geowire.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.geowire.api.internal.LocalQueryResource;
import io.geowire.api.internal.PeerClient;
import io.geowire.api.internal.QueryUnavailableException;
import io.geowire.api.internal.Staleness;
import io.geowire.streams.query.ArticleView;
import io.geowire.streams.query.CorroboratedEvent;
import io.geowire.streams.query.DatedEvent;
import io.geowire.streams.query.EventQuery;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.KeyedLookup;
import io.geowire.streams.query.LocalView;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.QueryScope;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.query.SanctionsView;
import io.geowire.streams.query.StancePair;
import io.geowire.streams.query.StanceView;
import io.geowire.streams.query.StoreSources;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GeowireQueries} for all keys on any instance of the application. A key lookup goes to the instance
 * hosting the key's partition ({@code queryMetadataForKey}; store keys are the partitioning keys of their
 * source topics: pair / route / actor on the {@code events-by-entity} repartition topic, article id on
 * {@code articles}) — locally when that is this instance, else over HTTP. A list asks every instance for its
 * active partitions and merges (sums counts, unites and sorts lists as the local implementation does). When
 * an instance does not answer in time, the standbys of its partitions answer instead and the response is
 * marked stale ({@link Staleness}).
 */
public final class RoutingQueries implements GeowireQueries {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingQueries.class);
    private static final StringSerializer KEYS = new StringSerializer();
    private static final String LOCAL = LocalQueryResource.PREFIX;
    private static final Duration METADATA_WAIT = Duration.ofSeconds(2);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final StoreSources sources;
    private final LocalView local;
    private final PeerClient peers;
    private final TypeFactory types;

    public RoutingQueries(KafkaStreams streams, HostInfo self, StoreSources sources, LocalView local,
            PeerClient peers) {
        this.streams = streams;
        this.self = self;
        this.sources = sources;
        this.local = local;
        this.peers = peers;
        this.types = peers.mapper().getTypeFactory();
    }

    @Override
    public Optional<StanceView> stance(String actor, String target, LocalDate from, LocalDate to) {
        String path = LOCAL + "/stance?actor=" + enc(actor) + "&target=" + enc(target)
                + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
        return byKey(KeyedLookup.stance(actor, target),
                scope -> local.queries(scope).stance(actor, target, from, to), path, type(StanceView.class));
    }

    @Override
    public List<StancePair> stancePairs() {
        List<StancePair> pairs = new ArrayList<>();
        fanOut(scope -> local.queries(scope).stancePairs(), LOCAL + "/stance/pairs", listOf(StancePair.class))
                .forEach(pairs::addAll);
        // the order of LocalStoreQueries: most events first, then by actor and target
        pairs.sort(Comparator.comparingLong(StancePair::count).reversed()
                .thenComparing(StancePair::actor).thenComparing(StancePair::target));
        return pairs;
    }

    @Override
    public List<RouteView> routes() {
        List<RouteView> routes = new ArrayList<>();
        fanOut(scope -> local.queries(scope).routes(), LOCAL + "/routes", listOf(RouteView.class))
                .forEach(routes::addAll);
        routes.sort(Comparator.comparing(RouteView::route));
        return routes;
    }

    @Override
    public Optional<RouteView> route(String routeId) {
        return byKey(KeyedLookup.route(routeId), scope -> local.queries(scope).route(routeId),
                LOCAL + "/routes/" + enc(routeId), type(RouteView.class));
    }

    @Override
    public Optional<SanctionsView> sanctions(String actor) {
        return byKey(KeyedLookup.sanctions(actor), scope -> local.queries(scope).sanctions(actor),
                LOCAL + "/sanctions/" + enc(actor), type(SanctionsView.class));
    }

    @Override
    public List<CorroboratedEvent> events(EventQuery query) {
        StringBuilder path = new StringBuilder(LOCAL + "/events?limit=" + query.limit());
        if (query.type() != null) {
            path.append("&type=").append(enc(query.type()));
        }
        if (query.actor() != null) {
            path.append("&actor=").append(enc(query.actor()));
        }
        if (query.since() != null) {
            path.append("&since=").append(query.since());
        }
        List<DatedEvent> all = new ArrayList<>();
        fanOut(scope -> local.datedEvents(scope, query), path.toString(), listOf(DatedEvent.class))
                .forEach(all::addAll);
        // each instance returned its newest `limit`; the newest `limit` overall are among them
        return all.stream()
                .sorted(Comparator.comparingLong(DatedEvent::day).reversed()
                        .thenComparing(d -> d.event().id()))
                .limit(query.limit())
                .map(DatedEvent::event)
                .toList();
    }

    @Override
    public PipelineSummary summary() {
        return PipelineSummary.sum(fanOut(scope -> local.queries(scope).summary(), LOCAL + "/summary",
                type(PipelineSummary.class)));
    }

    @Override
    public Optional<ArticleView> article(String articleId) {
        Optional<ArticleView> found = byKey(KeyedLookup.article(articleId),
                scope -> local.queries(scope).article(articleId), LOCAL + "/articles/" + enc(articleId),
                type(ArticleView.class));
        if (found.isEmpty()) {
            return found;
        }
        // events are partitioned by event id, so the article's events are spread over all instances
        List<ArticleView.ArticleEvent> events = new ArrayList<>();
        fanOut(scope -> local.articleEvents(scope, articleId), LOCAL + "/articles/" + enc(articleId) + "/events",
                listOf(ArticleView.ArticleEvent.class)).forEach(events::addAll);
        events.sort(Comparator.comparingInt(ArticleView.ArticleEvent::evidenceStart)
                .thenComparing(ArticleView.ArticleEvent::id));
        ArticleView a = found.get();
        return Optional.of(new ArticleView(a.id(), a.article(), a.title(), a.author(), a.published(),
                a.publishedEstimated(), a.source(), a.url(), a.language(), a.text(), events));
    }

    // ---- key lookups

    private <T> Optional<T> byKey(KeyedLookup lookup, Function<QueryScope, Optional<T>> answer,
            String path, JavaType type) {
        String store = lookup.store();
        String key = lookup.key();
        KeyQueryMetadata where = metadataFor(store, key);
        try {
            return ask(where.activeHost(), QueryScope.ACTIVE, answer, path, type);
        } catch (RuntimeException e) {
            LOG.debug("active host {} of {} in {} did not answer: {}", where.activeHost(), key, store, e.toString());
        }
        QueryScope scope = QueryScope.standby(partitionsOf(store, where.partition()));
        for (HostInfo standby : where.standbyHosts()) {
            try {
                Optional<T> result = ask(standby, scope, answer, path, type);
                Staleness.mark();
                return result;
            } catch (RuntimeException e) {
                LOG.debug("standby {} of {} in {} did not answer: {}", standby, key, store, e.toString());
            }
        }
        throw new QueryUnavailableException("no instance could answer for " + key + " (" + store
                + " partition " + where.partition() + "); try again");
    }

    private KeyQueryMetadata metadataFor(String store, String key) {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        while (true) {
            KeyQueryMetadata where = streams.queryMetadataForKey(store, key, KEYS);
            if (where != null && !KeyQueryMetadata.NOT_AVAILABLE.equals(where)) {
                return where;
            }
            if (System.nanoTime() > deadline) {
                throw new QueryUnavailableException("the application is rebalancing; no instance is known to host "
                        + store + " yet; try again");
            }
            pause();
        }
    }

    private Set<TopicPartition> partitionsOf(String store, int partition) {
        Set<TopicPartition> tps = new HashSet<>();
        sources.topicsOf(store).forEach(topic -> tps.add(new TopicPartition(topic, partition)));
        return tps;
    }

    // ---- lists

    /** One answer per instance (active partitions), standbys standing in for instances that do not answer. */
    private <T> List<T> fanOut(Function<QueryScope, T> answer, String path, JavaType type) {
        List<StreamsMetadata> instances = List.copyOf(streams.metadataForAllStreamsClients());
        if (instances.isEmpty()) {
            // no application.server published (a lone instance): its own stores are all there is
            return List.of(answer.apply(QueryScope.ACTIVE));
        }
        Map<StreamsMetadata, CompletableFuture<Optional<T>>> remote = new LinkedHashMap<>();
        for (StreamsMetadata instance : instances) {
            if (!instance.hostInfo().equals(self)) {
                remote.put(instance, peers.get(instance.hostInfo(), path, type));
            }
        }
        List<T> answers = new ArrayList<>();
        List<StreamsMetadata> failed = new ArrayList<>();
        for (StreamsMetadata instance : instances) {
            try {
                answers.add(instance.hostInfo().equals(self) ? answer.apply(QueryScope.ACTIVE)
                        : await(remote.get(instance)).orElseThrow());
            } catch (RuntimeException e) {
                LOG.debug("instance {} did not answer {}: {}", instance.hostInfo(), path, e.toString());
                failed.add(instance);
            }
        }
        if (!failed.isEmpty()) {
            answers.addAll(fromStandbys(failed, instances, answer, path, type));
        }
        return answers;
    }

    private <T> List<T> fromStandbys(List<StreamsMetadata> failed, List<StreamsMetadata> instances,
            Function<QueryScope, T> answer, String path, JavaType type) {
        Staleness.mark();
        Map<HostInfo, Set<TopicPartition>> substitutes = new LinkedHashMap<>();
        for (StreamsMetadata gone : failed) {
            for (TopicPartition tp : gone.topicPartitions()) {
                HostInfo copy = instances.stream()
                        .filter(i -> !failed.contains(i) && i.standbyTopicPartitions().contains(tp))
                        .map(StreamsMetadata::hostInfo).findFirst().orElse(null);
                if (copy == null) {
                    throw new QueryUnavailableException("no instance answers for " + tp + "; try again");
                }
                substitutes.computeIfAbsent(copy, h -> new HashSet<>()).add(tp);
            }
        }
        List<T> answers = new ArrayList<>();
        substitutes.forEach((host, tps) -> answers.add(ask(host, QueryScope.standby(tps),
                scope -> Optional.of(answer.apply(scope)), path, type).orElseThrow()));
        return answers;
    }

    private <T> Optional<T> ask(HostInfo host, QueryScope scope, Function<QueryScope, Optional<T>> answer,
            String path, JavaType type) {
        if (host.equals(self)) {
            return answer.apply(scope);
        }
        String scoped = scope.isActive() ? path
                : path + (path.contains("?") ? "&" : "?") + LocalQueryResource.SCOPE_PARAMETER + "=" + enc(scope.encode());
        return await(peers.<T>get(host, scoped, type));
    }

    private <T> T await(CompletableFuture<T> call) {
        try {
            return call.get(peers.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailableException("interrupted", e);
        } catch (Exception e) {
            call.cancel(true);
            throw new QueryUnavailableException("peer did not answer: " + e, e);
        }
    }

    private JavaType type(Class<?> c) {
        return types.constructType(c);
    }

    private JavaType listOf(Class<?> c) {
        return types.constructCollectionType(List.class, c);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailableException("interrupted while waiting for the group's metadata", e);
        }
    }
}
