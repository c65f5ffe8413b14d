package io.geowire.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Records every state a running Streams app passes through, by sampling it every 10 ms: the app's own state
 * listener is taken by GeowireStreamsApp and cannot be added after start. ERROR and NOT_RUNNING are final states,
 * so a sample cannot miss them while the app is open; a short REBALANCING between two samples can be missed.
 */
final class StreamsStateRecorder implements AutoCloseable {

    private final Supplier<KafkaStreams.State> state;
    private final List<KafkaStreams.State> transitions = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "streams-state-recorder");
        t.setDaemon(true);
        return t;
    });

    private StreamsStateRecorder(Supplier<KafkaStreams.State> state) {
        this.state = state;
    }

    static StreamsStateRecorder watch(Supplier<KafkaStreams.State> state) {
        StreamsStateRecorder recorder = new StreamsStateRecorder(state);
        recorder.sample();
        recorder.sampler.scheduleAtFixedRate(recorder::sample, 10, 10, TimeUnit.MILLISECONDS);
        return recorder;
    }

    /** The states seen so far, each change once, oldest first. */
    synchronized List<KafkaStreams.State> transitions() {
        return List.copyOf(transitions);
    }

    private synchronized void sample() {
        KafkaStreams.State now = state.get();
        if (transitions.isEmpty() || transitions.get(transitions.size() - 1) != now) {
            transitions.add(now);
        }
    }

    /** Stops sampling before the app itself is closed, so its closing states are not recorded. */
    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
