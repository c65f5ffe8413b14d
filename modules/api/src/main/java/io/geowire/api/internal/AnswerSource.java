package io.geowire.api.internal;

import io.geowire.streams.query.Answer;
import io.geowire.streams.query.GeowireQueries;
import java.util.function.Function;

/**
 * The query layer behind the public endpoints: any question put to {@link GeowireQueries}, answered together
 * with whether the answer may be stale. {@link GeowireQueries} stays the one list of questions; this says how
 * an answer is delivered.
 */
@FunctionalInterface
public interface AnswerSource {

    <T> Answer<T> answer(Function<GeowireQueries, T> question);

    /** Queries over stores that are all active here (one instance, or a test's in-memory state): never stale. */
    static AnswerSource fresh(GeowireQueries queries) {
        return new AnswerSource() {
            @Override
            public <T> Answer<T> answer(Function<GeowireQueries, T> question) {
                return Answer.fresh(question.apply(queries));
            }
        };
    }
}
