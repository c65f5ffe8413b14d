package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to hurt: each must give a sane article or a dead letter whose reason names the limit. How long they
 * take is printed by {@code ./geowire bench ingest --hostile}, not asserted here.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private static final IngestOptions OPTIONS = IngestOptions.defaults().withDetectLanguage(false);

    @Test
    void shouldStopAGzipBombOfJsonLinesAfterItsFirstRecordsWhenItExpandsOverTheRatio() {
        // 300 lines of 1 MB of the same JSON line: a few hundred KB on disk, 300 MB inflated
        String line = "{\"text\":\"" + "The port reopened. ".repeat(1_000_000 / 19) + "\"}\n";
        Path bomb = Runs.write(dir, "bomb.jsonl.gz", gzipRepeated(line, 300));

        List<IngestedArticle> all = Runs.ingest(OPTIONS, bomb);

        assertThat(all).hasSizeLessThan(3);
        IngestedArticle last = all.get(all.size() - 1);
        assertThat(last.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(last.reason()).startsWith("decompressed size over 100 times the compressed size")
                .endsWith("not read)");
    }

    @Test
    void shouldDeadLetterAGzipBombOfHtmlWhenItExpandsOverTheRatio() {
        Path bomb = Runs.write(dir, "bomb.html.gz", gzipRepeated("<p>The port reopened.</p>\n", 2_000_000));

        IngestedArticle a = single(Runs.ingest(OPTIONS, bomb));

        assertThat(a.reason()).isEqualTo("decompressed size over 100 times the compressed size (a decompression "
                + "bomb?)");
    }

    @Test
    void shouldStopAtTheFileLimitAndDeadLetterTheRestWhenAJsonLinesGzipGrowsTooLarge() {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            feed.append("{\"text\":\"").append(Samples.text(Samples.STRIKE).replace("\n", "\\n")).append(" Item ")
                    .append(i).append(".\"}\n");
        }
        Path file = Runs.write(dir, "feed.jsonl.gz", Runs.gzip(feed.toString()));
        IngestLimits limits = IngestLimits.defaults().withMaxFileBytes(feed.length() / 2);

        List<IngestedArticle> all = Runs.ingest(OPTIONS.withLimits(limits), file);

        IngestedArticle last = all.get(all.size() - 1);
        assertThat(all.subList(0, all.size() - 1)).allSatisfy(a ->
                assertThat(a.status()).isNotEqualTo(IngestStatus.DEAD_LETTER));
        assertThat(last.reason()).matches("decompressed size over the \\d+ bytes file limit "
                + "\\(lines from \\d+ on not read\\)");
        assertThat(last.article()).isEqualTo("feed.jsonl.gz:" + all.size());
    }

    @Test
    void shouldDeadLetterDeepHtmlWithThePlainReasonWhenNestedBeyondTheDepthLimit() {
        String deep = "<html><body>" + "<div>".repeat(20_000) + Samples.text(Samples.STRIKE)
                + "</div>".repeat(20_000) + "</body></html>";

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "deep.html", deep)));

        assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(a.reason()).isEqualTo("HTML nested deeper than 512 levels");
    }

    @Test
    void shouldReadNestedHtmlWithoutRecursionWhenTheDepthLimitIsRaised() {
        // the walk over the tree is iterative: 20,000 levels once overflowed the stack inside a regex compile
        String deep = "<html><body>" + "<div>".repeat(20_000) + "<p>" + Samples.text(Samples.STRIKE) + "</p>"
                + "</div>".repeat(20_000) + "</body></html>";
        IngestLimits limits = IngestLimits.defaults().withMaxHtmlDepth(30_000);

        IngestedArticle a = single(Runs.ingest(OPTIONS.withLimits(limits), Runs.write(dir, "deep.html", deep)));

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.text()).contains(Samples.STRIKE.get(0).substring(0, 40));
    }

    @Test
    void shouldDeadLetterAMegabyteWithoutWhitespaceNamingTheTokenLimit() {
        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "blob.txt", "a".repeat(1_000_000))));

        assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(a.reason()).endsWith("dropped text with a run of 1000000 characters without whitespace "
                + "(limit 2000)");
    }

    @Test
    void shouldKeepTheProseAndDropTheBlobWhenOneParagraphHasAnOverlongToken() {
        String text = Samples.text(Samples.STRIKE) + "\n\n" + "QUJD".repeat(5_000) + "\n";

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "mixed.txt", text)));

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.text()).doesNotContain("QUJD");
        assertThat(a.text()).contains(Samples.STRIKE.get(0).substring(0, 40));
    }

    @Test
    void shouldReadALongSingleLineWhenItHasSpaces() {
        String line = Samples.text(Samples.SOLAR).replace('\n', ' ').repeat(1);
        String big = (line + " ").repeat(200_000 / (line.length() + 1));

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "one-line.txt", big)));

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.text().length()).isGreaterThan(180_000);
    }

    @Test
    void shouldReadAllParagraphsWhenThereAreTensOfThousands() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            sb.append("In the morning the ministry said that the harbour at point ").append(i)
                    .append(" would stay open for the grain ships of the coming season.\n\n");
        }

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "many.txt", sb.toString())));

        assertThat(a.status()).isIn(IngestStatus.OK, IngestStatus.DEAD_LETTER);
        if (a.status() == IngestStatus.DEAD_LETTER) {
            assertThat(a.reason()).isNotBlank();
        } else {
            assertThat(a.text()).contains("point 29999");
        }
    }

    @Test
    void shouldDeadLetterNulBytesAsBinaryWhenATextFileHasThem() {
        String text = Samples.text(Samples.STRIKE) + "\0\0\0" + Samples.text(Samples.SOLAR);

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "nul.txt", text)));

        assertThat(a.reason()).isEqualTo("binary content: NUL bytes");
    }

    @Test
    void shouldReadInvalidUtf8AsWindows1252WhenBytesAreNotUtf8() {
        byte[] text = Samples.text(Samples.STRIKE).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 3);
        bytes[text.length] = (byte) 0xC3;
        bytes[text.length + 1] = (byte) 0x28;
        bytes[text.length + 2] = (byte) 0xFF;

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "bad-utf8.txt", bytes)));

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.charset()).isEqualTo("windows-1252");
    }

    @Test
    void shouldKeepBidiMarksZeroWidthCharactersAndEmojiWhenTheyAreInProse() {
        String text = "\u202E\u062A\u0642\u0631\u064A\u0631\u202C \u200B" + Samples.text(Samples.STRIKE)
                .replace(". ", ". \uD83C\uDF0D\uFE0F \u200D");

        IngestedArticle a = single(Runs.ingest(OPTIONS, Runs.write(dir, "marks.txt", text)));

        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.text()).contains("\uD83C\uDF0D");
    }

    @Test
    void shouldAccountForEveryInputWhenHostileAndOrdinaryFilesAreMixed() {
        List<Path> paths = new ArrayList<>();
        paths.add(Runs.write(dir, "a-ok.txt", Samples.text(Samples.STRIKE)));
        paths.add(Runs.write(dir, "b-bomb.html.gz", gzipRepeated("<p>x</p>", 1_000_000)));
        paths.add(Runs.write(dir, "c-deep.html", "<div>".repeat(2_000)));
        paths.add(Runs.write(dir, "d-blob.txt", "z".repeat(100_000)));
        paths.add(Runs.write(dir, "e-copy.txt", Samples.text(Samples.STRIKE)));
        paths.add(Runs.write(dir, "f-feed.jsonl", "{\"text\":\"" + "w".repeat(5_000) + "\"}\nnot json\n"));
        List<IngestedArticle> seen = new ArrayList<>();

        IngestSummary s = new Ingestor(OPTIONS).ingest(List.of(dir.toString()), seen::add);

        assertThat(s.inputs()).isEqualTo(7).isEqualTo(seen.size());
        assertThat(s.ok() + s.duplicates() + s.deadLetters()).isEqualTo(s.inputs());
        assertThat(s.ok()).isEqualTo(1);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(seen).filteredOn(a -> a.status() == IngestStatus.DEAD_LETTER)
                .allSatisfy(a -> assertThat(a.reason()).isNotBlank());
    }

    private static IngestedArticle single(List<IngestedArticle> all) {
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static byte[] gzipRepeated(String chunk, int times) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 65536)) {
            byte[] b = chunk.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < times; i++) {
                gz.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
