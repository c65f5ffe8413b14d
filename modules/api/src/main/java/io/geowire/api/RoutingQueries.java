package io.geowire.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.geowire.api.internal.AnswerSource;
import io.geowire.api.internal.PeerClient;
import io.geowire.api.internal.QueryRoute;
import io.geowire.api.internal.QueryRoute.NoParameters;
import io.geowire.api.internal.QueryUnavailableException;
import io.geowire.streams.query.Answer;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The questions of {@link GeowireQueries} for all keys, answered on any instance of the application. A key lookup
 * goes to the instance hosting the key's partition ({@code queryMetadataForKey}; store keys are the partitioning
 * keys of their source topics, see {@link KeyedLookup}) — locally when that is this instance, else over HTTP. A
 * list asks every instance for its active partitions and merges with the merges of {@code streams.query}. When
 * an instance does not answer in time, the standbys of its partitions answer instead and the {@link Answer} is
 * marked stale. Paths, parameters and local answers come from the route table {@link QueryRoute}.
 */
public final class RoutingQueries implements AnswerSource {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingQueries.class);
    private static final StringSerializer KEYS = new StringSerializer();
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

    /** The question's answer over all instances, stale when any part of it came from a standby copy. */
    @Override
    public <T> Answer<T> answer(Function<GeowireQueries, T> question) {
        Asking asking = new Asking();
        T value = question.apply(asking);
        return new Answer<>(value, asking.stale);
    }

    /** The same questions without their staleness, for callers that need only the data (e.g. settling checks). */
    public GeowireQueries values() {
        return new Asking();
    }

    /**
     * One question (or a few) put to all instances. It notes whether any answer it gave came from a standby, so
     * {@link #answer} can hand that back with the value; made per question, never shared between requests.
     */
    private final class Asking implements GeowireQueries {

        private boolean stale;

        private <T> T note(Answer<T> answer) {
            stale |= answer.stale();
            return answer.value();
        }

        @Override
        public Optional<StanceView> stance(String actor, String target, LocalDate from, LocalDate to) {
            return note(byKey(QueryRoute.STANCE, new QueryRoute.StanceParameters(actor, target, from, to),
                    KeyedLookup.stance(actor, target)));
        }

        @Override
        public List<StancePair> stancePairs() {
            return note(fanOut(QueryRoute.STANCE_PAIRS, NoParameters.NONE).map(StancePair::merge));
        }

        @Override
        public List<RouteView> routes() {
            return note(fanOut(QueryRoute.ROUTES, NoParameters.NONE).map(RouteView::merge));
        }

        @Override
        public Optional<RouteView> route(String routeId) {
            return note(byKey(QueryRoute.ROUTE, routeId, KeyedLookup.route(routeId)));
        }

        @Override
        public Optional<SanctionsView> sanctions(String actor) {
            return note(byKey(QueryRoute.SANCTIONS, actor, KeyedLookup.sanctions(actor)));
        }

        @Override
        public List<CorroboratedEvent> events(EventQuery query) {
            return note(fanOut(QueryRoute.EVENTS, query).map(parts -> DatedEvent.newest(parts, query.limit())));
        }

        @Override
        public PipelineSummary summary() {
            return note(fanOut(QueryRoute.SUMMARY, NoParameters.NONE).map(PipelineSummary::sum));
        }

        @Override
        public Optional<ArticleView> article(String articleId) {
            Optional<ArticleView> found = note(byKey(QueryRoute.ARTICLE, articleId, KeyedLookup.article(articleId)));
            if (found.isEmpty()) {
                return found;
            }
            // events are partitioned by event id, so the article's events are spread over all instances
            List<ArticleView.ArticleEvent> events =
                    note(fanOut(QueryRoute.ARTICLE_EVENTS, articleId).map(ArticleView.ArticleEvent::merge));
            return Optional.of(found.get().withEvents(events));
        }
    }

    // ---- key lookups

    private <P, T> Answer<Optional<T>> byKey(QueryRoute<P, Optional<T>> route, P parameters, KeyedLookup lookup) {
        String store = lookup.store();
        String key = lookup.key();
        KeyQueryMetadata where = metadataFor(store, key);
        try {
            return Answer.fresh(ask(where.activeHost(), QueryScope.ACTIVE, route, parameters));
        } catch (RuntimeException e) {
            LOG.debug("active host {} of {} in {} did not answer: {}", where.activeHost(), key, store, e.toString());
        }
        QueryScope scope = QueryScope.standby(partitionsOf(store, where.partition()));
        for (HostInfo standby : where.standbyHosts()) {
            try {
                return Answer.fromStandby(ask(standby, scope, route, parameters));
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
    private <P, L> Answer<List<L>> fanOut(QueryRoute<P, L> route, P parameters) {
        List<StreamsMetadata> instances = List.copyOf(streams.metadataForAllStreamsClients());
        if (instances.isEmpty()) {
            // no application.server published (a lone instance): its own stores are all there is
            return Answer.fresh(List.of(route.answerLocally(local, QueryScope.ACTIVE, parameters)));
        }
        String path = route.localRequest(parameters, QueryScope.ACTIVE);
        Map<StreamsMetadata, CompletableFuture<Optional<L>>> remote = new LinkedHashMap<>();
        for (StreamsMetadata instance : instances) {
            if (!instance.hostInfo().equals(self)) {
                remote.put(instance, peers.get(instance.hostInfo(), path, route.wireType(types)));
            }
        }
        List<L> answers = new ArrayList<>();
        List<StreamsMetadata> failed = new ArrayList<>();
        for (StreamsMetadata instance : instances) {
            try {
                answers.add(instance.hostInfo().equals(self)
                        ? route.answerLocally(local, QueryScope.ACTIVE, parameters)
                        : await(remote.get(instance)).orElseThrow());
            } catch (RuntimeException e) {
                LOG.debug("instance {} did not answer {}: {}", instance.hostInfo(), path, e.toString());
                failed.add(instance);
            }
        }
        if (failed.isEmpty()) {
            return Answer.fresh(answers);
        }
        answers.addAll(fromStandbys(failed, instances, route, parameters));
        return Answer.fromStandby(answers);
    }

    private <P, L> List<L> fromStandbys(List<StreamsMetadata> failed, List<StreamsMetadata> instances,
            QueryRoute<P, L> route, P parameters) {
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
        List<L> answers = new ArrayList<>();
        substitutes.forEach((host, tps) -> answers.add(ask(host, QueryScope.standby(tps), route, parameters)));
        return answers;
    }

    /**
     * What {@code host} answers within {@code scope}. For a key lookup a marked miss is an empty {@code Optional};
     * for a fan-out the peer must answer 200.
     */
    @SuppressWarnings("unchecked")
    private <P, L> L ask(HostInfo host, QueryScope scope, QueryRoute<P, L> route, P parameters) {
        if (host.equals(self)) {
            return route.answerLocally(local, scope, parameters);
        }
        JavaType type = route.wireType(types);
        Optional<Object> answer = await(peers.get(host, route.localRequest(parameters, scope), type));
        // the route's wire type is the type of L (fan-outs) or of the value inside L = Optional<X> (key lookups)
        return route.isKeyed() ? (L) answer : (L) answer.orElseThrow(() -> new QueryUnavailableException(
                host + " answered " + route + " with a miss; only key lookups may"));
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

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailableException("interrupted while waiting for the group's metadata", e);
        }
    }
}
