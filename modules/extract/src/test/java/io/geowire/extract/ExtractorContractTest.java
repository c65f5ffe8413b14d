package io.geowire.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public contract: verbatim evidence with offsets, stable ids, each event once, overlays, thread safety. */
class ExtractorContractTest {
    private static final String ARTICLE = """
            Menu
            Home | World | Energy
            Tajikistan has not joined the sanctions imposed by the United States on Russia.
            Dushanbe also refused to help Moscow evade the sanctions. On June 2 the Druzhba pipeline was halted after an explosion.
            Tajikistan has not joined the sanctions imposed by the United States on Russia.
            Dushanbe also refused to help Moscow evade the sanctions. On June 2 the Druzhba pipeline was halted after an explosion.
            """;

    @Test
    void shouldReturnVerbatimEvidenceWhenOffsetsAreApplied() {
        List<ExtractedEvent> events = Events.of(ARTICLE);
        assertThat(events).isNotEmpty();
        for (ExtractedEvent e : events) {
            assertThat(ARTICLE.substring(e.evidenceStart(), e.evidenceEnd())).isEqualTo(e.evidence());
            assertThat(e.extractorVersion()).isEqualTo(EventExtractor.VERSION);
            assertThat(e.article()).isEqualTo("test.txt");
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void shouldListEachEventOnceWhenParagraphsRepeat() {
        List<String> keys = Events.keys(ARTICLE);
        assertThat(keys).doesNotHaveDuplicates()
                .contains("sanction TJK not_join", "sanction TJK refuse_circumvent", "stance TJK>RUS distancing",
                        "route DRUZHBA disrupted");
    }

    @Test
    void shouldGiveSameIdsWhenExtractingTwice() {
        List<String> first = Events.of(ARTICLE).stream().map(ExtractedEvent::id).toList();
        List<String> second = EventExtractor.createDefault()
                .extract(new ArticleInput("test.txt", ARTICLE, LocalDate.of(2023, 9, 15)))
                .stream().map(ExtractedEvent::id).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{64}"));
    }

    @Test
    void shouldLeaveFieldsOfOtherTypesNullWhenEventHasAType() {
        for (ExtractedEvent e : Events.of(ARTICLE)) {
            switch (e.type()) {
                case "stance" -> assertThat(e.route()).isNull();
                case "route_disruption" -> assertThat(e.actor()).isNull();
                default -> assertThat(e.polarity()).isNull();
            }
        }
    }

    @Test
    void shouldReturnNothingWhenTextIsEmpty() {
        assertThat(Events.of("")).isEmpty();
        assertThat(Events.of("\u00a0\n \u00a0 \n...\n\u201c\u201d")).isEmpty();
        assertThat(EventExtractor.createDefault().extract(new ArticleInput("x", null, null))).isEmpty();
    }

    @Test
    void shouldUseOverlayDataWhenExtraDirectoryIsGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("people.tsv"), "MNG\tLuvsannamsrain Oyun-Erdene\tOyun-Erdene\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("routes.tsv"), "STEPPE_LINK\talias\tSteppe Link pipeline|Steppe Link\n",
                StandardCharsets.UTF_8);
        EventExtractor extended = EventExtractor.create(dir);
        String text = "Oyun-Erdene refused to support Moscow. Flows through the Steppe Link were suspended.";
        List<String> keys = Events.keys(extended.extract(new ArticleInput("a.txt", text, LocalDate.of(2024, 1, 1))));
        assertThat(keys).contains("stance MNG>RUS distancing", "route STEPPE_LINK disrupted");
        assertThat(Events.keys(text)).doesNotContain("route STEPPE_LINK disrupted");
    }

    @Test
    void shouldRejectOverlayWhenItIsNotADirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> EventExtractor.create(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveSameResultsWhenUsedFromManyThreads() throws Exception {
        EventExtractor shared = EventExtractor.createDefault();
        ArticleInput input = new ArticleInput("t.txt", ARTICLE, LocalDate.of(2023, 9, 15));
        List<ExtractedEvent> expected = shared.extract(input);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExtractedEvent>>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> shared.extract(input)));
            }
            for (Future<List<ExtractedEvent>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldWriteContractFieldNamesWhenSerialisingToJson() {
        ExtractedEvent e = Events.of("Flows through the Druzhba pipeline were halted for 3 days.").get(0);
        String json = EventJson.toJsonLine(e);
        assertThat(json).contains("\"type\":\"route_disruption\"", "\"evidence_start\":", "\"evidence_end\":",
                "\"route\":\"DRUZHBA\"", "\"magnitude\":\"3 days\"").doesNotContain("\"polarity\"");
    }
}
