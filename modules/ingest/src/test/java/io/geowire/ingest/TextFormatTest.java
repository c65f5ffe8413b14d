package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFormatTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadHeaderBlockWhenTextStartsWithTitleUrlAndDate() {
        String header = "Dock strike halts grain exports | Valmora Herald\nhttps://www.valmoraherald.example/strike\n"
                + "2023-10-05\n\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "strike.txt", header + Samples.text(Samples.STRIKE)));
        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.title()).isEqualTo("Dock strike halts grain exports");
        assertThat(a.source()).isEqualTo("Valmora Herald");
        assertThat(a.url()).isEqualTo("https://www.valmoraherald.example/strike");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(a.publishedEstimated()).isFalse();
        assertThat(a.text()).startsWith(Samples.STRIKE.get(0)).doesNotContain("valmoraherald");
        assertThat(a.segments().get(0).sourceStart()).isEqualTo(header.length());
    }

    @Test
    void shouldTakeSourceFromUrlHostWhenHeaderHasNoSiteName() {
        String header = "Dock strike halts grain exports\nhttps://www.valmoraherald.example/strike\n5 October 2023\n\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "strike.txt", header + Samples.text(Samples.STRIKE)));
        assertThat(a.source()).isEqualTo("valmoraherald.example");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 5));
    }

    @Test
    void shouldDropMenusShareLinesCookieNoticeAndFooterWhenKeepingParagraphs() {
        String page = "Home\nWorld\nPolitics\nBusiness\nSport\n  • Opinion\n  • Podcasts\n\n"
                + "This website uses cookies to improve your experience. By continuing you accept our cookie policy.\n\n"
                + Samples.text(Samples.STRIKE)
                + "Share\nFollow us on Twitter\nSubscribe to our newsletter\n"
                + "© 2023 Valmora Media Group. All rights reserved.\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "page.txt", page));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
        assertThat(a.excerpt()).startsWith("Home World Politics");
    }

    @Test
    void shouldDropRelatedPostsWhenTheyFollowTheArticle() {
        String page = Samples.text(Samples.STRIKE) + "\nRelated posts\n\n"
                + "Farmers protest in the capital over the price of diesel and fertiliser this winter\n\nadmin\n\n"
                + "A new bridge opens over the river after three years of delays, to the relief of commuters who "
                + "had to take long detours every morning and evening while the works went on.\n\nadmin\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "related.txt", page));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
    }

    @Test
    void shouldDropBoilerplateInOtherLanguagesWhenListedInTheLexicon() {
        String page = "Salta al contenuto principale\nAller au contenu principal\n\n" + Samples.text(Samples.STRIKE)
                + "Leggi anche: il porto di Corsende\nTous droits réservés à Valmora Media\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "multi.txt", page));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
    }

    @Test
    void shouldKeepOneCopyWhenAParagraphIsRepeated() {
        List<String> p = Samples.STRIKE;
        String text = p.get(0) + "\n\n" + p.get(1) + "\n\n" + p.get(0) + "\n\n" + p.get(2) + "\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "repeat.txt", text));
        assertThat(a.text()).isEqualTo(p.get(0) + "\n\n" + p.get(1) + "\n\n" + p.get(2));
    }

    @Test
    void shouldKeepOneCopyWhenTheWholeTextIsThereTwice() {
        String once = Samples.text(Samples.STRIKE);
        IngestedArticle a = Runs.one(Runs.write(dir, "twice.txt", once + "\nPhoto via Example.\n" + once));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
    }

    @Test
    void shouldKeepAShortSentenceWhenItStandsBetweenParagraphs() {
        List<String> p = Samples.STRIKE;
        String text = p.get(0) + "\n\nThe talks failed again.\n\n" + p.get(1) + "\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "short.txt", text));
        assertThat(a.text()).contains("The talks failed again.");
    }

    @Test
    void shouldKeepRunsOfShortSentencesWhenTheyStandBetweenParagraphs() {
        List<String> p = Samples.STRIKE;
        String text = p.get(0) + "\n\n“We will not give in,” he said.\n\nThe union agreed.\n\n" + p.get(1)
                + "\n\nWorld\nBusiness\nSport\n\n" + p.get(2) + "\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "quotes.txt", text));
        assertThat(a.text()).contains("“We will not give in,” he said.\n\nThe union agreed.")
                .doesNotContain("Business");
    }

    @Test
    void shouldKeepWrappedParagraphsVerbatimWhenLinesAreHardWrapped() {
        StringBuilder sb = new StringBuilder();
        for (String paragraph : Samples.STRIKE) {
            sb.append(wrap(paragraph, 72)).append("\n\n");
        }
        String source = sb.toString();
        IngestedArticle a = Runs.one(Runs.write(dir, "wrapped.txt", source));
        assertThat(a.segments()).hasSize(Samples.STRIKE.size());
        for (TextSegment s : a.segments()) {
            assertThat(a.text().substring(s.cleanStart(), s.cleanStart() + s.length()))
                    .isEqualTo(source.substring(s.sourceStart(), s.sourceStart() + s.length()));
        }
        assertThat(a.text()).contains(wrap(Samples.STRIKE.get(2), 72).strip());
    }

    @Test
    void shouldMapSegmentsToSourceOffsetsWhenFileHasByteOrderMarkAndWindowsLineEnds() {
        String source = "\uFEFF" + Samples.text(Samples.STRIKE).replace("\n", "\r\n");
        IngestedArticle a = Runs.one(Runs.write(dir, "crlf.txt", source));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
        for (TextSegment s : a.segments()) {
            assertThat(source.substring(s.sourceStart(), s.sourceStart() + s.length()))
                    .isEqualTo(a.text().substring(s.cleanStart(), s.cleanStart() + s.length()));
        }
        assertThat(a.segments().get(0).sourceStart()).isEqualTo(1);
    }

    @Test
    void shouldFallBackToWindows1252WhenBytesAreNotUtf8() {
        String text = Samples.text(Samples.STRIKE).replace("harbour authority", "harbour authority (Autorité du "
                + "port, café owners included)");
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        IngestedArticle a = Runs.one(Runs.write(dir, "legacy.txt", bytes));
        assertThat(a.charset()).isEqualTo("windows-1252");
        assertThat(a.text()).contains("Autorité du port, café owners");
    }

    @Test
    void shouldReportUtf8WhenBytesAreValidUtf8() {
        IngestedArticle a = Runs.one(Runs.write(dir, "modern.txt", "Café — " + Samples.text(Samples.STRIKE)));
        assertThat(a.charset()).isEqualTo("UTF-8");
    }

    @Test
    void shouldReadGzipCompressedTextWhenFileEndsInGz() {
        IngestedArticle a = Runs.one(Runs.write(dir, "strike.txt.gz", Runs.gzip(Samples.text(Samples.STRIKE))));
        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
        assertThat(a.article()).isEqualTo("strike.txt.gz");
    }

    @Test
    void shouldReadStdinWhenPathIsDash() {
        byte[] bytes = Samples.text(Samples.SOLAR).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var out = new java.util.ArrayList<IngestedArticle>();
        new Ingestor(IngestOptions.defaults().withDetectLanguage(false), () -> new java.io.ByteArrayInputStream(bytes))
                .ingest(List.of("-"), out::add);
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.article()).isEqualTo("stdin");
            assertThat(a.sourcePath()).isEqualTo("-");
            assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.SOLAR));
        });
    }

    @Test
    void shouldDetectLanguageWhenArticleIsNotEnglish() {
        Path it = Runs.write(dir, "it.txt", Samples.ITALIAN);
        Path de = Runs.write(dir, "de.txt", Samples.GERMAN);
        Path en = Runs.write(dir, "en.txt", Samples.text(Samples.SOLAR));
        List<IngestedArticle> all = Runs.ingest(IngestOptions.defaults(), it, de, en);
        assertThat(all).extracting(IngestedArticle::language).containsExactly("it", "de", "en");
        assertThat(all).extracting(IngestedArticle::status).containsOnly(IngestStatus.OK);
    }

    @Test
    void shouldKeepArticleWhenItsLanguageHasNoStopwordList() {
        String page = "首页\n新闻\n体育\n\n" + Samples.text(Samples.CHINESE) + "分享\n";
        List<IngestedArticle> all = Runs.ingest(IngestOptions.defaults(), Runs.write(dir, "zh.txt", page));
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.status()).as(a.reason()).isEqualTo(IngestStatus.OK);
            assertThat(a.language()).isEqualTo("zh");
            assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.CHINESE));
        });
    }

    static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
