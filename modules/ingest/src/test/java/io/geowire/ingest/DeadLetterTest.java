package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterTest {
    @TempDir
    Path dir;

    private IngestedArticle deadLetter(Path p) {
        IngestedArticle a = Runs.one(p);
        assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(a.text()).isNull();
        assertThat(a.segments()).isEmpty();
        assertThat(a.excerpt()).isNotNull().doesNotContainPattern("[\\p{Cntrl}]");
        assertThat(a.id()).matches("[0-9a-f]{16}");
        return a;
    }

    @Test
    void shouldDeadLetterWhenFileIsEmpty() {
        assertThat(deadLetter(Runs.write(dir, "empty.txt", "")).reason()).isEqualTo("empty file");
        assertThat(deadLetter(Runs.write(dir, "blank.txt", " \n\n \t\n")).reason())
                .isEqualTo("empty file: only whitespace");
    }

    @Test
    void shouldDeadLetterWhenFileHasNulBytes() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 'x', 'y', 'z'};
        IngestedArticle a = deadLetter(Runs.write(dir, "archive.txt", bytes));
        assertThat(a.reason()).isEqualTo("binary content: NUL bytes");
        assertThat(a.excerpt()).isEqualTo("PK..........".substring(0, 9) + "xyz");
    }

    @Test
    void shouldDeadLetterWhenFileIsMostlyControlCharacters() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        assertThat(deadLetter(Runs.write(dir, "noise.txt", bytes)).reason()).startsWith("binary content: 33%");
    }

    @Test
    void shouldDeadLetterWhenFileExceedsTheSizeLimit() {
        Path p = Runs.write(dir, "big.txt", Samples.text(Samples.STRIKE));
        List<IngestedArticle> all = Runs.ingest(withLimits(IngestLimits.defaults().withMaxRecordBytes(500)), p);
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
            assertThat(a.reason()).matches("size [0-9.]+ (bytes|KB) is over the 500 bytes record limit");
        });
    }

    @Test
    void shouldDeadLetterWhenStdinExceedsTheSizeLimit() {
        byte[] bytes = Samples.text(Samples.STRIKE).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<IngestedArticle> out = new ArrayList<>();
        new Ingestor(withLimits(IngestLimits.defaults().withMaxFileBytes(100)),
                () -> new java.io.ByteArrayInputStream(bytes)).ingest(List.of("-"), out::add);
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
            assertThat(a.reason()).isEqualTo("over the 100 bytes file limit");
        });
    }

    @Test
    void shouldDeadLetterWhenGzipExpandsBeyondTheSizeLimit() {
        Path p = Runs.write(dir, "bomb.txt.gz", Runs.gzip("a".repeat(100_000)));
        List<IngestedArticle> all = Runs.ingest(withLimits(IngestLimits.defaults().withMaxRecordBytes(10_000)), p);
        assertThat(all.get(0).reason()).isEqualTo("decompressed size over the 10000 bytes record limit");
    }

    @Test
    void shouldDeadLetterWhenGzipIsCorrupt() {
        byte[] gz = Runs.gzip(Samples.text(Samples.STRIKE));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        assertThat(deadLetter(Runs.write(dir, "cut.txt.gz", cut)).reason()).startsWith("corrupt gzip");
    }

    @Test
    void shouldDeadLetterWhenFileCannotBeReadThroughADanglingLink() throws Exception {
        Path link = dir.resolve("gone.txt");
        Files.createSymbolicLink(link, dir.resolve("nowhere.txt"));
        Runs.write(dir, "good.txt", Samples.text(Samples.STRIKE));
        List<IngestedArticle> all = Runs.ingest(dir);
        assertThat(all).extracting(IngestedArticle::article).containsExactly("gone.txt", "good.txt");
        assertThat(all.get(0).status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(all.get(0).reason()).startsWith("unreadable");
        assertThat(all.get(1).status()).isEqualTo(IngestStatus.OK);
    }

    @Test
    void shouldDeadLetterWhenFilePermissionsForbidReading() throws Exception {
        Path p = Runs.write(dir, "secret.txt", Samples.text(Samples.STRIKE));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
        assertThat(deadLetter(p).reason()).isEqualTo("unreadable: permission denied");
    }

    @Test
    void shouldDeadLetterWhenTextIsTooShortToBeAnArticle() {
        String text = "The dock strike in Valmora entered its third day on Thursday, with no talks planned.\n";
        assertThat(deadLetter(Runs.write(dir, "short.txt", text)).reason())
                .startsWith("too short to be an article: 84 characters");
    }

    @Test
    void shouldDeadLetterWhenTextIsOnlyBoilerplate() {
        String text = "Home\nNews\nSport\nWeather\nBusiness\nCulture\nTravel\nOpinion\nPodcasts\nNewsletters\n\n"
                + "Share\nFollow us on Twitter\nFollow us on Facebook\nSubscribe to our newsletter\n"
                + "This website uses cookies to improve your experience and to show you relevant adverts.\n"
                + "© 2024 Example Media Group. All rights reserved.\n";
        assertThat(deadLetter(Runs.write(dir, "chrome.txt", text)).reason())
                .isEqualTo("no article text: only boilerplate lines");
    }

    @Test
    void shouldDeadLetterAMissingPathWhenOtherPathsCanBeRead() {
        Path good = Runs.write(dir, "good.txt", Samples.text(Samples.STRIKE));
        List<IngestedArticle> out = new ArrayList<>();
        IngestSummary s = new Ingestor(IngestOptions.defaults().withDetectLanguage(false))
                .ingest(List.of(dir.resolve("missing.txt").toString(), good.toString()), out::add);
        assertThat(out.get(0).status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(out.get(0).reason()).isEqualTo("not found: no such file or folder");
        assertThat(s.inputs()).isEqualTo(2);
        assertThat(s.deadLetters()).isEqualTo(1);
    }

    @Test
    void shouldThrowNamingThePathWhenNothingCanBeRead() {
        String missing = dir.resolve("no-such-corpus").toString();
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        assertThatThrownBy(() -> ingestor.ingest(List.of(missing), a -> { }))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(missing);
    }

    @Test
    void shouldAddUpCountsWhenAFolderMixesGoodAndBadInputs() throws Exception {
        Runs.write(dir, "a/good.txt", Samples.text(Samples.STRIKE));
        Runs.write(dir, "a/copy.txt", Samples.text(Samples.STRIKE));
        Runs.write(dir, "b/empty.txt", "");
        Runs.write(dir, "b/feed.jsonl", "{\"text\": \"" + String.join(" ", Samples.SOLAR) + "\"}\nnot json\n");
        Runs.write(dir, "c/binary.dat", new byte[] {0, 1, 2, 3});
        Runs.write(dir, ".hidden/skip.txt", Samples.text(Samples.SOLAR));
        List<IngestedArticle> out = new ArrayList<>();
        IngestSummary s = new Ingestor(IngestOptions.defaults().withDetectLanguage(false))
                .ingest(List.of(dir.toString()), out::add);
        assertThat(out).extracting(IngestedArticle::article).containsExactly("copy.txt", "good.txt", "empty.txt",
                "feed.jsonl:1", "feed.jsonl:2", "binary.dat");
        assertThat(s.inputs()).isEqualTo(6);
        assertThat(s.ok()).isEqualTo(2);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.deadLetters()).isEqualTo(3);
        assertThat(s.inputs()).isEqualTo(s.ok() + s.duplicates() + s.deadLetters());
        assertThat(s.bytes()).isEqualTo(Files.size(dir.resolve("a/good.txt")) * 2 + Files.size(dir.resolve(
                "b/feed.jsonl")) + 4);
        assertThat(out).allSatisfy(a -> assertThat(a.excerpt()).isNotNull());
    }

    private static IngestOptions withLimits(IngestLimits limits) {
        return IngestOptions.defaults().withDetectLanguage(false).withLimits(limits);
    }
}
