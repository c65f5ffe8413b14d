package io.geowire.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: run the default extractor on a text and describe events compactly. */
public final class Events {
    private static final EventExtractor EXTRACTOR = EventExtractor.createDefault();

    private Events() {
    }

    public static List<ExtractedEvent> of(String text) {
        return of(text, LocalDate.of(2023, 9, 15));
    }

    public static List<ExtractedEvent> of(String text, LocalDate published) {
        return EXTRACTOR.extract(new ArticleInput("test.txt", text, published));
    }

    /** "stance KAZ>RUS distancing", "route CPC disrupted", "sanction HUN oppose". */
    public static List<String> keys(List<ExtractedEvent> events) {
        return events.stream().map(Events::key).collect(Collectors.toList());
    }

    public static List<String> keys(String text) {
        return keys(of(text));
    }

    public static String key(ExtractedEvent e) {
        return switch (e.type()) {
            case "stance" -> "stance " + e.actor() + ">" + e.target() + " " + e.polarity();
            case "route_disruption" -> "route " + e.route() + " " + e.status();
            default -> "sanction " + e.actor() + " " + e.position();
        };
    }
}
