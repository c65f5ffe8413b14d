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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void shouldReadTitleAuthorAndDateWhenThePageStatesThem() throws IOException {
        for (String prefix : List.of("002", "004")) {
            IngestedArticle a = BY_PREFIX.get(prefix);
            List<String> lines = sourceLines(prefix);
            int dateLine = dateLine(lines);
            assertThat(dateLine).as(prefix + " states a date on a line of its own").isGreaterThan(0);

            assertThat(a.published()).as(prefix).isEqualTo(dateOf(lines.get(dateLine)));
            assertThat(a.published().getYear()).as(prefix).isEqualTo(2022);
            assertThat(a.publishedEstimated()).as(prefix).isFalse();

            String headline = headlineAbove(lines, dateLine);
            assertThat(a.title()).as(prefix).isEqualTo(headline).doesNotContain(" | ");
            assertThat(lines).as(prefix + " title is a whole line of the page").contains(a.title());

            assertThat(a.author()).as(prefix).isEqualTo(byline(lines, dateLine));
            assertThat(Files.readString(file(prefix), StandardCharsets.UTF_8)).contains(a.author());
        }
    }

    @Test
    void shouldTakeSourceFromThePageTitleSuffixWhenThePageNamesItsSite() throws IOException {
        String pageTitle = sourceLines("004").get(0);
        Matcher m = Pattern.compile(".+ \\| (\\S+)$").matcher(pageTitle.strip());
        assertThat(m.matches()).isTrue();
        assertThat(BY_PREFIX.get("004").source()).isEqualTo(m.group(1));
        assertThat(BY_PREFIX.get("004").title()).isNotEqualTo(pageTitle.strip());
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
        // the page header (site menu, skip link, section label) sits between the <title> line and the headline
        List<String> header = lines.subList(1, lines.indexOf(a.title())).stream().map(String::strip)
                .map(l -> l.replaceFirst("^\\u2022\\s*", "")).filter(l -> !l.isEmpty()).distinct().toList();
        assertThat(header).hasSizeGreaterThanOrEqualTo(10);
        List<String> cleanLines = Arrays.stream(a.text().split("\n")).map(String::strip).toList();
        assertThat(cleanLines).doesNotContainAnyElementsOf(header);
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

    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTHS_IT = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre"
            + "|ottobre|novembre|dicembre";
    private static final Pattern DATE_EN = Pattern.compile("(" + MONTHS_EN + ") (\\d{1,2}), (\\d{4})");
    private static final Pattern DATE_IT = Pattern.compile("(\\d{1,2}) (" + MONTHS_IT + ") (\\d{4})");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){1,3}");
    private static final Pattern WRITES = Pattern.compile("writes (?:\\S+\u2019s )?(" + NAME.pattern() + ")");

    /** Index of the first line that is nothing but a full date, or -1. */
    private static int dateLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (dateOf(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate dateOf(String line) {
        Matcher en = DATE_EN.matcher(line.strip());
        if (en.matches()) {
            return LocalDate.of(Integer.parseInt(en.group(3)), monthIndex(MONTHS_EN, en.group(1)),
                    Integer.parseInt(en.group(2)));
        }
        Matcher it = DATE_IT.matcher(line.strip());
        if (it.matches()) {
            return LocalDate.of(Integer.parseInt(it.group(3)), monthIndex(MONTHS_IT, it.group(2)),
                    Integer.parseInt(it.group(1)));
        }
        return null;
    }

    private static int monthIndex(String months, String month) {
        return Arrays.asList(months.split("\\|")).indexOf(month) + 1;
    }

    /** The headline: the nearest line above the date that reads like a title (4+ words, no closing period). */
    private static String headlineAbove(List<String> lines, int dateLine) {
        for (int i = dateLine - 1; i >= Math.max(0, dateLine - 5); i--) {
            String l = lines.get(i).strip();
            if (l.split(" ").length >= 4 && !l.endsWith(".")) {
                return l;
            }
        }
        throw new AssertionError("no headline above line " + dateLine);
    }

    /** The author: a bare name on the line above the date, else the name after "writes" in the standfirst. */
    private static String byline(List<String> lines, int dateLine) {
        Set<String> names = new LinkedHashSet<>();
        String above = lines.get(dateLine - 1).strip();
        if (NAME.matcher(above).matches()) {
            names.add(above);
        }
        Matcher w = WRITES.matcher(String.join("\n", lines));
        while (w.find()) {
            names.add(w.group(1));
        }
        assertThat(names).as("one byline").hasSize(1);
        return names.iterator().next();
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
