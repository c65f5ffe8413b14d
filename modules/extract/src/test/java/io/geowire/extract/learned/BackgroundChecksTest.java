package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background sentences that yield no event (settings.tsv {@code background_checks}, issue 11, xbackground): a route's
 * past recalled as a whole, and a visit named only as the time of something else. Own sentences; the classifier is a
 * stub that reads every sentence as the event given.
 */
class BackgroundChecksTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 13);

    @TempDir
    Path overlay;

    private static List<ExtractedEvent> learnedRouteEvents(DataFiles files, String text) {
        Engine engine = new Engine(files, EventExtractor.VERSION,
                StubModels.saying(Map.of("route_disruption", "disrupted")), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, PUBLISHED)).stream()
                .filter(e -> e.type().equals("route_disruption")).toList();
    }

    private static List<ExtractedEvent> events(DataFiles files, String type, String text) {
        return new Engine(files, EventExtractor.VERSION).extract(new ArticleInput("t.txt", text, PUBLISHED)).stream()
                .filter(e -> e.type().equals(type)).toList();
    }

    /** The bundled data with {@code background_checks} emptied by an overlay: every check off. */
    private DataFiles checksOff() throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "background_checks\t\n");
        return new DataFiles(overlay);
    }

    @Test
    void shouldFindNoRouteEventWhenTheSentenceRecallsYearsLongBeforePublication() throws IOException {
        String s = "Since the Nord Stream explosions in September 2022 it has been one of only two routes left for "
                + "Russian pipeline gas to Europe.";
        assertThat(events(new DataFiles(null), "route_disruption", s)).isEmpty();
        assertThat(events(checksOff(), "route_disruption", s)).isNotEmpty();
    }

    @Test
    void shouldAddNoLearnedRouteEventWhenAWordPutsTheRouteInThePast() throws IOException {
        String s = "The southern line along the Araks, which once carried trains from Yerevan to Baku, was cut in a war.";
        assertThat(learnedRouteEvents(new DataFiles(null), s)).isEmpty();
        assertThat(learnedRouteEvents(checksOff(), s)).isNotEmpty();
    }

    @Test
    void shouldKeepTheRouteEventWhenAnOldYearRunsUpToNow() {
        assertThat(events(new DataFiles(null), "route_disruption",
                "The Druzhba pipeline has been halted several times since 2021, the operator said."))
                .extracting(ExtractedEvent::route).contains("DRUZHBA");
        assertThat(learnedRouteEvents(new DataFiles(null),
                "The first train to cross since the early 1990s reached the Armenian border on the Kars line."))
                .isNotEmpty();
    }

    @Test
    void shouldKeepTheRouteEventWhenTheOldYearSentenceSpeaksOfTheFuture() {
        assertThat(learnedRouteEvents(new DataFiles(null),
                "The Power of Siberia pipeline, which began operating in December 2019, is expected to reach its full "
                        + "capacity by December."))
                .extracting(ExtractedEvent::route).contains("POWER_OF_SIBERIA");
    }

    @Test
    void shouldFindNoStanceWhenAVisitOnlyDatesTheSentence() throws IOException {
        String s = "Putin arrived in Tashkent on Sunday. He came to Uzbekistan after a visit to China earlier this month.";
        assertThat(events(new DataFiles(null), "stance", s)).noneMatch(e -> "CHN".equals(e.target()));
        assertThat(events(checksOff(), "stance", s)).anyMatch(e -> "CHN".equals(e.target()));
    }

    @Test
    void shouldKeepTheVisitStanceWhenTheVisitIsTheSentencesOwnAct() {
        assertThat(events(new DataFiles(null), "stance", "Tokayev discussed the corridor during a visit to Turkey."))
                .anyMatch(e -> "KAZ".equals(e.actor()) && "TUR".equals(e.target()));
        assertThat(events(new DataFiles(null), "stance",
                "Months after the war began, Tokayev visited Turkey for talks with Erdogan."))
                .anyMatch(e -> "KAZ".equals(e.actor()) && "TUR".equals(e.target()));
    }

    private static List<ExtractedEvent> learnedSanctions(DataFiles files, String text) {
        Engine engine = new Engine(files, EventExtractor.VERSION,
                StubModels.saying(Map.of("sanction_statement", "support")), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, PUBLISHED)).stream()
                .filter(e -> e.type().equals("sanction_statement")).toList();
    }

    @Test
    void shouldAddNoSanctionStatementWhenSanctionsAreOnlyTheCircumstance() throws IOException {
        String s = "Since the end of last year, under the EU's sanctions on Russian oil, Croatia has been barred from "
                + "carrying Russian crude to Serbia.";
        assertThat(learnedSanctions(new DataFiles(null), s)).isEmpty();
        assertThat(learnedSanctions(checksOff(), s)).isNotEmpty();
    }

    @Test
    void shouldKeepTheSanctionStatementWhenAnActorStatesAPositionBesideTheCircumstance() {
        assertThat(learnedSanctions(new DataFiles(null), "Georgia said its airports would not service any aircraft "
                + "under Western sanctions imposed on Russia.")).isNotEmpty();
        assertThat(learnedSanctions(new DataFiles(null),
                "Lithuania imposed sanctions on Belarus after the election.")).isNotEmpty();
    }
}
