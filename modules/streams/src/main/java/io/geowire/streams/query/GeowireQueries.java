package io.geowire.streams.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read-only questions the REST API asks of the state. Implemented over local state stores and, for
 * several instances, over remote instances too; every method answers for all keys.
 */
public interface GeowireQueries {

    /** Empty when the pair has no events; {@code from}/{@code to} (inclusive, may be null) filter windows. */
    Optional<StanceView> stance(String actor, String target, LocalDate from, LocalDate to);

    /** All pairs, most events first. */
    List<StancePair> stancePairs();

    /** All routes with at least one incident, by route id. */
    List<RouteView> routes();

    Optional<RouteView> route(String routeId);

    Optional<SanctionsView> sanctions(String actor);

    List<CorroboratedEvent> events(EventQuery query);

    PipelineSummary summary();

    /** The article with its cleaned text and events; empty when unknown. */
    default Optional<ArticleView> article(String articleId) {
        return Optional.empty();
    }
}
