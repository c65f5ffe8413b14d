package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFormatTest {
    @TempDir
    Path dir;

    static String page(String head, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p.replace("grain", "<b>grain</b>")).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head>" + head + "</head><body>\n"
                + "<nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/business\">Business</a></li></ul></nav>\n"
                + "<div class=\"cookie-banner\">We use cookies to give you the best experience on our website. "
                + "Read our policy to find out more about the cookies we use and how to switch them off.</div>\n"
                + "<article><h1>Dock strike halts grain exports</h1>\n"
                + "<div class=\"byline\">By Ada Rinaldi</div>\n" + body
                + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>\n"
                + "<p class=\"tags\"><a href=\"/t/ports\">Ports</a> <a href=\"/t/grain\">Grain</a> "
                + "<a href=\"/t/unions\">Unions</a> <a href=\"/t/valmora\">Valmora</a></p>\n"
                + "</article>\n<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Farmers protest over "
                + "diesel prices in the capital</a></li><li><a href=\"/b\">New bridge opens</a></li></ul></aside>\n"
                + "<p><a href=\"/1\">Most read: the ten best beaches of the coast this summer</a> <a href=\"/2\">How "
                + "to renew a passport without queueing for hours at the prefecture office</a></p>\n"
                + "<footer><p>© 2023 Valmora Media Group. Registered office: 4 Quay Street, Valmora. "
                + "Editor in chief: Paul Dunmore. All content is protected by copyright law.</p></footer>\n"
                + "<script>var tracking = 'the quick brown fox jumps over the lazy dog';</script></body></html>\n";
    }

    @Test
    void shouldReadMetaTagsAndMainTextWhenPageHasChrome() {
        String head = "<title>Dock strike halts grain exports | Valmora Herald</title>"
                + "<meta property=\"og:site_name\" content=\"Valmora Herald\">"
                + "<meta name=\"author\" content=\"Ada Rinaldi\">"
                + "<meta property=\"article:published_time\" content=\"2023-10-05T08:30:00+02:00\">"
                + "<link rel=\"canonical\" href=\"https://www.valmoraherald.example/news/strike\">";
        IngestedArticle a = Runs.one(Runs.write(dir, "strike.html", page(head, Samples.STRIKE)));
        assertThat(a.status()).isEqualTo(IngestStatus.OK);
        assertThat(a.title()).isEqualTo("Dock strike halts grain exports");
        assertThat(a.author()).isEqualTo("Ada Rinaldi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(a.publishedEstimated()).isFalse();
        assertThat(a.source()).isEqualTo("Valmora Herald");
        assertThat(a.url()).isEqualTo("https://www.valmoraherald.example/news/strike");
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
        assertThat(a.segments()).allSatisfy(s -> assertThat(s.sourceStart()).isEqualTo(-1));
    }

    @Test
    void shouldPreferJsonLdWhenPageHasStructuredData() {
        String head = "<title>Strike | Herald</title><script type=\"application/ld+json\">{\"@context\":"
                + "\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Herald\"},{\"@type\":"
                + "\"NewsArticle\",\"headline\":\"Grain ships idle as dockers strike\",\"datePublished\":"
                + "\"2024-02-29T10:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lina Okafor\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Valmora Herald\"}}]}</script>";
        IngestedArticle a = Runs.one(Runs.write(dir, "ld.htm", page(head, Samples.STRIKE)));
        assertThat(a.title()).isEqualTo("Grain ships idle as dockers strike");
        assertThat(a.author()).isEqualTo("Lina Okafor");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(a.source()).isEqualTo("The Valmora Herald");
    }

    @Test
    void shouldFallBackToMarkupWhenPageHasNoMetaTags() {
        String html = page("", Samples.STRIKE).replace("<div class=\"byline\">By Ada Rinaldi</div>",
                "<div class=\"byline\">By Ada Rinaldi</div><time datetime=\"2021-06-01\">1 June 2021</time>");
        IngestedArticle a = Runs.one(Runs.write(dir, "plain.html", html));
        assertThat(a.title()).isEqualTo("Dock strike halts grain exports");
        assertThat(a.author()).isEqualTo("Ada Rinaldi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 6, 1));
    }

    @Test
    void shouldKeepTheArticleWhenWrapperClassesMentionSidebarsOrComments() {
        StringBuilder body = new StringBuilder();
        for (String p : Samples.STRIKE) {
            body.append("<p>").append(p).append("</p>");
        }
        String html = "<html><body class=\"single has-sidebar\"><div class=\"site-wrap with-comments\">"
                + "<div class=\"entry\">" + body + "</div></div></body></html>";
        IngestedArticle a = Runs.one(Runs.write(dir, "theme.html", html));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.STRIKE));
    }

    @Test
    void shouldDeadLetterWhenHtmlHasNoArticleText() {
        String html = "<html><head><title>Index</title></head><body><nav><a href=\"/\">Home</a> "
                + "<a href=\"/a\">About</a></nav><ul>"
                + "<li><a href=\"/x\">Dock workers at the port of Valmora walk off the job over night-shift pay</a></li>"
                + "<li><a href=\"/y\">Solar farm near Orvain connects its first forty thousand panels to the grid</a></li>"
                + "<li><a href=\"/z\">City council approves three electric bus lines and a cycle path by the river</a></li>"
                + "<li><a href=\"/w\">Old bridge to be restored rather than demolished, council decides</a></li>"
                + "</ul><footer>© 2024 Example</footer></body></html>";
        IngestedArticle a = Runs.one(Runs.write(dir, "index.html", html));
        assertThat(a.status()).isEqualTo(IngestStatus.DEAD_LETTER);
        assertThat(a.reason()).isEqualTo("HTML with no article text");
        assertThat(a.excerpt()).startsWith("<html><head><title>Index");
    }

    @Test
    void shouldReadGzipCompressedHtmlWhenFileEndsInHtmlGz() {
        IngestedArticle a = Runs.one(Runs.write(dir, "p.html.gz", Runs.gzip(page("", Samples.SOLAR))));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.SOLAR));
    }

    @Test
    void shouldHonourTheDeclaredCharsetWhenHtmlIsNotUtf8() {
        String russian = "Портовые рабочие в Вальморе прекратили работу во вторник, и погрузка зерна на суда "
                + "остановилась. Профсоюз заявил, что забастовка продолжится, пока администрация порта не вернёт "
                + "надбавку за ночные смены, отменённую весной. Фермеры опасаются, что зерно начнёт портиться.";
        String html = "<html><head><meta charset=\"windows-1251\"><title>Забастовка</title></head><body><p>"
                + russian + "</p></body></html>";
        Path p = Runs.write(dir, "ru.html", html.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        List<IngestedArticle> all = Runs.ingest(IngestOptions.defaults(), p);
        assertThat(all.get(0).charset()).isEqualTo("windows-1251");
        assertThat(all.get(0).text()).isEqualTo(russian);
        assertThat(all.get(0).language()).isEqualTo("ru");
    }

    @Test
    void shouldSniffHtmlWhenExtensionIsUnknown() {
        IngestedArticle a = Runs.one(Runs.write(dir, "download.bin", page("", Samples.SOLAR)));
        assertThat(a.text()).isEqualTo(String.join("\n\n", Samples.SOLAR));
    }
}
