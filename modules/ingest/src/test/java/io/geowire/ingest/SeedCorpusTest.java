package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five real seed articles in ../shared/corpus, read at run time. */
class SeedCorpusTest {
    private static Path corpus;
    private static final Map<String, IngestedArticle> BY_PREFIX = new LinkedHashMap<>();
    private static IngestSummary summary;

    @BeforeAll
    static void ingestSeeds() {
        String shared = System.getProperty("geowire.shared.dir");
        corpus = (shared != null ? Path.of(shared) : Path.of("../../../shared")).resolve("corpus");
        summary = new Ingestor(IngestOptions.defaults()).ingest(List.of(corpus.toString()),
                a -> BY_PREFIX.put(a.article().substring(0, 3), a));
    }

    @Test
    void shouldKeepAllFiveSeedsAsDistinctArticlesWhenIngestingTheCorpus() {
        assertThat(summary.inputs()).isEqualTo(5);
        assertThat(summary.ok()).isEqualTo(5);
        assertThat(BY_PREFIX.values()).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(IngestStatus.OK);
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.charset()).isEqualTo("UTF-8");
        });
    }

    @Test
    void shouldReadTitleAuthorAndDateWhenThePageStatesThem() {
        IngestedArticle dc = BY_PREFIX.get("002");
        assertThat(dc.title()).isEqualTo("Kazakhstan is slowly turning its back to Russia");
        assertThat(dc.author()).isEqualTo("Nikola Mikovic");
        assertThat(dc.published()).isEqualTo(LocalDate.of(2022, 7, 13));
        assertThat(dc.publishedEstimated()).isFalse();

        IngestedArticle ispi = BY_PREFIX.get("004");
        assertThat(ispi.title()).isEqualTo("Kazakhstan and Russia After Ukraine: Does Pragmatism Pay?");
        assertThat(ispi.author()).isEqualTo("Filippo Costa Buranelli");
        assertThat(ispi.published()).isEqualTo(LocalDate.of(2022, 9, 9));
        assertThat(ispi.publishedEstimated()).isFalse();
        assertThat(ispi.source()).isEqualTo("ISPI");
    }

    @Test
    void shouldEstimateA2022DateWhenTheSeedStatesNone() {
        for (String prefix : List.of("000", "001", "003")) {
            IngestedArticle a = BY_PREFIX.get(prefix);
            assertThat(a.published()).as(prefix).isNotNull();
            assertThat(a.published().getYear()).as(prefix).isEqualTo(2022);
            assertThat(a.publishedEstimated()).as(prefix).isTrue();
        }
    }

    @Test
    void shouldDropNavigationButKeepEveryArticleParagraphWhenCleaningThe004Page() throws IOException {
        IngestedArticle a = BY_PREFIX.get("004");
        List<String> lines = sourceLines("004");
        int related = lines.indexOf("Contenuti correlati: ");
        List<String> paragraphs = lines.subList(0, related > 0 ? related : lines.size()).stream()
                .filter(l -> l.length() >= 200 && !l.startsWith("ISPI (")).toList();
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(6);
        for (String p : paragraphs) {
            assertThat(a.text()).contains(p.strip());
        }
        for (String menu : List.of("PALAZZO CLERICI", "Salta al contenuto principale", "Geoeconomia", "Commentary",
                "Versione stampabile", "Iscriviti alla newsletter", "Ti potrebbero interessare", "P.IVA")) {
            assertThat(a.text()).doesNotContain(menu);
        }
    }

    @Test
    void shouldKeepEachParagraphOnceWhenTheSeedRepeatsParagraphs() throws IOException {
        for (String prefix : List.of("001", "002")) {
            String text = BY_PREFIX.get(prefix).text();
            List<String> longLines = sourceLines(prefix).stream().filter(l -> l.length() >= 150).distinct().toList();
            long repeatedInSource = sourceLines(prefix).stream().filter(l -> l.length() >= 150).count()
                    - longLines.size();
            assertThat(repeatedInSource).as(prefix + " repeats paragraphs").isGreaterThan(0);
            for (String line : longLines) {
                assertThat(occurrences(text, line.strip())).as(prefix + ": " + line.substring(0, 40)).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldMapEverySegmentBackToIdenticalSourceTextWhenReadingPlainText() throws IOException {
        for (IngestedArticle a : BY_PREFIX.values()) {
            String source = Files.readString(file(a.article().substring(0, 3)), StandardCharsets.UTF_8);
            assertThat(a.segments()).isNotEmpty();
            int covered = 0;
            for (TextSegment s : a.segments()) {
                assertThat(s.sourceStart()).isGreaterThanOrEqualTo(0);
                assertThat(a.text().substring(s.cleanStart(), s.cleanStart() + s.length()))
                        .isEqualTo(source.substring(s.sourceStart(), s.sourceStart() + s.length()));
                covered += s.length();
            }
            assertThat(covered).isEqualTo(a.text().replace("\n\n", "").length());
        }
    }

    @Test
    void shouldGiveTheSameIdsWhenTheCorpusIsIngestedAgain() {
        List<String> again = new ArrayList<>();
        new Ingestor(IngestOptions.defaults().withDetectLanguage(false))
                .ingest(List.of(corpus.toString()), a -> again.add(a.id()));
        assertThat(again).containsExactlyElementsOf(BY_PREFIX.values().stream().map(IngestedArticle::id).toList());
        assertThat(again).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{16}"));
    }

    @Test
    void shouldKeepEveryGoldEvidenceStringWhenCleaningTheSeeds() throws IOException {
        Path gold = corpus.resolveSibling("gold");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        int checked = 0;
        try (var files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                var annotation = json.readTree(g.toFile());
                IngestedArticle a = BY_PREFIX.get(annotation.get("article").asText().substring(0, 3));
                for (var event : annotation.get("events")) {
                    assertThat(a.text()).as(g.getFileName().toString()).contains(event.get("evidence").asText());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(0);
    }

    private static Path file(String prefix) throws IOException {
        try (var s = Files.list(corpus)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static List<String> sourceLines(String prefix) throws IOException {
        return Arrays.asList(Files.readString(file(prefix), StandardCharsets.UTF_8).split("\n"));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
