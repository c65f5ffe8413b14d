package io.geowire.streams;

import io.geowire.model.Topics;
import io.geowire.streams.internal.StreamsDeadLetters;
import io.geowire.streams.internal.ThreadFailurePolicy;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.LocalStoreQueries;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of the geowire streams application: builds the topology and its configuration, starts,
 * waits until RUNNING, answers queries from its local stores and closes. It creates no topics (the input
 * and output topics must exist; Streams creates its own internal topics).
 */
public final class GeowireStreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GeowireStreamsApp.class);

    private final StreamsSettings settings;
    private final TopologyOptions options;
    private final Topology topology;
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicReference<String> stoppedUnexpectedly = new AtomicReference<>();
    private final List<Consumer<String>> stopListeners = new CopyOnWriteArrayList<>();
    private final ThreadFailurePolicy threadFailures = new ThreadFailurePolicy();
    private volatile boolean closing;

    public GeowireStreamsApp(StreamsSettings settings, TopologyOptions options) {
        this.settings = settings;
        this.options = options;
        this.topology = GeowireTopology.build(options);
        this.streams = new KafkaStreams(topology,
                StreamsConfigFactory.create(settings, options.topics().deadLetters()));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (now == KafkaStreams.State.ERROR) {
                running.countDown();
            }
            if (isUnexpectedStop(now)) {
                stopped(now);
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            if (threadFailures.respond(e) == StreamThreadExceptionResponse.REPLACE_THREAD) {
                LOG.warn("a stream thread failed on a passing Kafka error; a new thread takes its tasks over from their"
                        + " last commit", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("streams thread failed; shutting the instance down", e);
            failure.compareAndSet(null, e);
            // a lasting failure would hit the same input again under exactly-once: stop and let the operator look
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** Starts and waits until the instance is RUNNING; throws if it fails or the timeout passes first. */
    public void start(Duration timeout) {
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("streams not RUNNING after " + timeout + ": " + streams.state());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting streams", e);
        }
        if (streams.state() != KafkaStreams.State.RUNNING && streams.state() != KafkaStreams.State.REBALANCING) {
            throw new IllegalStateException("streams failed to start: " + streams.state(), failure.get());
        }
    }

    /**
     * Runs {@code listener} once, with the cause, when the application stops without {@link #close} having been
     * called: it went to ERROR (a stream thread died), or began shutting down on its own. Runs at once when that
     * has already happened. The listener runs on a Streams thread: it must only hand the news on.
     */
    public void onUnexpectedStop(Consumer<String> listener) {
        stopListeners.add(listener);
        String cause = stoppedUnexpectedly.get();
        if (cause != null && stopListeners.remove(listener)) {
            listener.accept(cause);
        }
    }

    /** Why the application stopped on its own, if it did. */
    public Optional<String> unexpectedStop() {
        return Optional.ofNullable(stoppedUnexpectedly.get());
    }

    private boolean isUnexpectedStop(KafkaStreams.State now) {
        return switch (now) {
            case PENDING_ERROR, ERROR -> true;
            case PENDING_SHUTDOWN, NOT_RUNNING -> !closing;
            default -> false;
        };
    }

    private void stopped(KafkaStreams.State state) {
        Throwable cause = failure.get();
        String what = "the Streams application stopped (" + state + ")";
        String why = cause == null ? what : StreamsDeadLetters.reason(what, cause);
        if (stoppedUnexpectedly.compareAndSet(null, why)) {
            for (Consumer<String> listener : stopListeners) {
                if (stopListeners.remove(listener)) {
                    listener.accept(why);
                }
            }
        }
    }

    /** Queries over this instance's stores (all keys while it is the only instance). */
    public GeowireQueries queries() {
        return LocalStoreQueries.of(streams);
    }

    /** Articles and events the counters of this instance hold, without reading the corroborated events. */
    public LocalStoreQueries.Counted counted() {
        return LocalStoreQueries.of(streams).counted();
    }

    /** Records counted on entry that Streams could not carry through (exception handlers' dead letters). */
    public long streamsFailures() {
        return LocalStoreQueries.of(streams).streamsFailures();
    }

    /**
     * The settle check for this application: its group has processed every committed input record. Keep it for
     * repeated checks (it keeps its probe consumer) and close it after.
     */
    public SettleCheck settleCheck() {
        Topics t = options.topics();
        String repartition = settings.applicationId() + "-" + StoreNames.EVENTS_BY_ENTITY + "-repartition";
        return new SettleCheck(settings.applicationId(), List.of(t.articles(), t.events(), t.deadLetters(),
                repartition), settings.clients());
    }

    /** True when everything committed to the inputs has been processed and committed; see {@link SettleCheck}. */
    public boolean isCaughtUp(Admin admin) {
        try (SettleCheck check = settleCheck()) {
            return check.isCaughtUp(admin);
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** For metrics and later multi-instance routing (queryMetadataForKey). */
    public KafkaStreams streams() {
        return streams;
    }

    public Topology topology() {
        return topology;
    }

    /**
     * Closes and leaves the consumer group: without the leave, a restarted instance (same application id)
     * waits for the old member's session to time out (45 s by default) before it gets its tasks back.
     */
    public void close(Duration timeout) {
        closing = true;
        streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
