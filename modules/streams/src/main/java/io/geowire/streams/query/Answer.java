package io.geowire.streams.query;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A query's value together with whether it may be stale: {@code stale} is true when some part of the value was
 * read from a standby copy (which may lag the active one) because the active instance did not answer. The flag
 * travels with the value, as Kafka's own {@code QueryResult} carries its position, so whoever writes the
 * response knows what it is answering with.
 */
public record Answer<T>(T value, boolean stale) {

    /** Read from active copies only. */
    public static <T> Answer<T> fresh(T value) {
        return new Answer<>(value, false);
    }

    /** Read (at least in part) from a standby copy. */
    public static <T> Answer<T> fromStandby(T value) {
        return new Answer<>(value, true);
    }

    /** The same staleness for a value computed from this one (a merge, a filter). */
    public <U> Answer<U> map(Function<? super T, ? extends U> f) {
        return new Answer<>(f.apply(value), stale);
    }

    /** The values of several answers, stale when any of them is. */
    public static <T> Answer<List<T>> all(Collection<Answer<T>> answers) {
        boolean stale = answers.stream().anyMatch(Answer::stale);
        return new Answer<>(answers.stream().map(Answer::value).toList(), stale);
    }
}
