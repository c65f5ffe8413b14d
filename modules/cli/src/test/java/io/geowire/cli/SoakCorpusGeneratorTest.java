package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakCorpusGeneratorTest {

    private static final List<String> SENTENCES = List.of(
            "Officials in the capital said the new terminal would double the port's capacity.",
            "The ministry said exports through the northern pipeline had stopped after a storm.",
            "Two neighbouring states agreed to build a rail link across the mountains, the statement said.",
            "Analysts said the tariff dispute would not change the route of the main export line.");

    @Test
    void shouldWriteIdenticalFilesWhenSeedIsTheSame(@TempDir Path tmp) throws IOException {
        generate(tmp.resolve("a"), 7, 80, null);
        generate(tmp.resolve("b"), 7, 80, null);

        assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
    }

    @Test
    void shouldWriteOtherFilesWhenSeedDiffers(@TempDir Path tmp) throws IOException {
        generate(tmp.resolve("a"), 7, 80, null);
        generate(tmp.resolve("b"), 8, 80, null);

        assertThat(contents(tmp.resolve("a"))).isNotEqualTo(contents(tmp.resolve("b")));
    }

    @Test
    void shouldWriteExactlyTheCountOfInputsWithEveryKindWhenMixIsDefault(@TempDir Path tmp) throws IOException {
        SoakCorpusGenerator.Report report = generate(tmp, 1, 200, null);

        assertThat(report.regularInputs()).isEqualTo(200);
        assertThat(report.inputs().keySet()).containsExactlyInAnyOrder(SoakCorpusGenerator.Kind.values());
        assertThat(report.totalFiles()).isEqualTo(fileCount(tmp));
        assertThat(jsonLines(tmp)).isEqualTo(report.inputs().get(SoakCorpusGenerator.Kind.JSON_LINES));
    }

    @Test
    void shouldLeaveKindOutWhenItsWeightIsZero(@TempDir Path tmp) throws IOException {
        SoakCorpusGenerator.Report report = generate(tmp, 1, 100, "binary=0,jsonl=0");

        assertThat(report.inputs()).doesNotContainKeys(SoakCorpusGenerator.Kind.BINARY,
                SoakCorpusGenerator.Kind.JSON_LINES);
        assertThat(report.regularInputs()).isEqualTo(100);
    }

    @Test
    void shouldWriteBombThatInflatesToItsSizeWhenAsked(@TempDir Path tmp) throws IOException {
        generate(tmp, 1, 10, null);
        Path bomb;
        try (Stream<Path> files = Files.list(tmp)) {
            bomb = files.filter(p -> p.getFileName().toString().endsWith("-bomb.jsonl.gz")).findFirst().orElseThrow();
        }

        long inflated;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(bomb))) {
            inflated = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(inflated).isBetween(2L * 1_000_000, 2L * (1 << 20));
        assertThat(Files.size(bomb)).isLessThan(inflated / 100);
    }

    @Test
    void shouldRefuseFolderWhenItHoldsFiles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> generate(tmp, 1, 10, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }

    @Test
    void shouldRejectMixWhenKindIsUnknown() {
        assertThatThrownBy(() -> SoakCorpusGenerator.Settings.weights("poems=3"))
                .hasMessageContaining("unknown kind 'poems'");
    }

    @Test
    void shouldSplitSentencesAndSkipHeaderLinesWhenReadingCorpusText() {
        List<String> sentences = SoakSentences.of("A title line without a full stop\nMarch 3, 2024\n\n"
                + "The first sentence of the body is long enough. The second one follows it closely here.\n");

        assertThat(sentences).containsExactly("The first sentence of the body is long enough.",
                "The second one follows it closely here.");
    }

    private static SoakCorpusGenerator.Report generate(Path folder, long seed, int count, String mix)
            throws IOException {
        var settings = new SoakCorpusGenerator.Settings(count, seed, SoakCorpusGenerator.Settings.weights(mix), 1, 2);
        return new SoakCorpusGenerator(SENTENCES, settings).write(folder);
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** Non-blank lines of the JSON Lines files: the inputs ingestion will count for them. */
    private static int jsonLines(Path folder) throws IOException {
        int lines = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-jsonl.jsonl")).toList()) {
                lines += (int) Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            }
        }
        return lines;
    }
}
