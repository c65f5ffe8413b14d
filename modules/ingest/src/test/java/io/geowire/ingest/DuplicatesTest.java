package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.internal.Fingerprints;
import io.geowire.ingest.internal.Lexicon;
import io.geowire.ingest.internal.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesTest {
    /** A synonym table of the odd kind article spinners use (wrong senses included), our own. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("workers", "staff"), Map.entry("port", "harbour"), Map.entry("walked", "strolled"),
            Map.entry("job", "occupation"), Map.entry("halting", "stopping"), Map.entry("loading", "burdening"),
            Map.entry("grain", "cereal"), Map.entry("ships", "vessels"), Map.entry("carry", "convey"),
            Map.entry("region's", "area's"), Map.entry("harvest", "crop"), Map.entry("buyers", "consumers"),
            Map.entry("union", "alliance"), Map.entry("said", "stated"), Map.entry("strike", "hit"),
            Map.entry("continue", "proceed"), Map.entry("agreed", "concurred"), Map.entry("restore", "revive"),
            Map.entry("cut", "slashed"), Map.entry("spring", "coil"), Map.entry("stoppage", "blockage"),
            Map.entry("comes", "arrives"), Map.entry("difficult", "troublesome"), Map.entry("moment", "second"),
            Map.entry("farmers", "growers"), Map.entry("already", "previously"), Map.entry("filled", "crammed"),
            Map.entry("counting", "relying"), Map.entry("season", "period"), Map.entry("pay", "compensate"),
            Map.entry("loans", "credits"), Map.entry("several", "a number of"), Map.entry("warned", "cautioned"),
            Map.entry("begin", "commence"), Map.entry("spoil", "rot"), Map.entry("weeks", "weeks' time"),
            Map.entry("stay", "remain"), Map.entry("idle", "lazy"), Map.entry("officials", "functionaries"),
            Map.entry("described", "portrayed"), Map.entry("demands", "calls for"), Map.entry("suspended",
                    "hung"), Map.entry("traffic", "visitors"), Map.entry("fell", "dropped"),
            Map.entry("sharply", "acutely"), Map.entry("previous", "prior"), Map.entry("added", "included"),
            Map.entry("talks", "discussions"), Map.entry("resume", "restart"), Map.entry("returned", "went back"),
            Map.entry("posts", "positions"), Map.entry("condition", "situation"), Map.entry("rejected",
                    "turned down"), Map.entry("agents", "brokers"), Map.entry("estimate", "reckon"),
            Map.entry("waiting", "ready"), Map.entry("delay", "holdup"), Map.entry("costs", "prices"),
            Map.entry("owners", "homeowners"), Map.entry("fees", "charges"), Map.entry("captains", "skippers"),
            Map.entry("asked", "requested"), Map.entry("permission", "authorisation"), Map.entry("sail",
                    "cruise"), Map.entry("smaller", "tinier"), Map.entry("handle", "deal with"),
            Map.entry("fraction", "portion"), Map.entry("cargo", "freight"), Map.entry("governor", "guv"),
            Map.entry("urged", "prompted"), Map.entry("sides", "flanks"), Map.entry("meet", "satisfy"),
            Map.entry("offered", "provided"), Map.entry("host", "multitude"), Map.entry("office", "workplace"),
            Map.entry("analysts", "specialists"), Map.entry("expect", "anticipate"), Map.entry("dispute",
                    "quarrel"), Map.entry("drag", "haul"), Map.entry("week", "seven days"),
            Map.entry("neither", "not either"), Map.entry("party", "celebration"), Map.entry("appears", "seems"),
            Map.entry("willing", "keen"), Map.entry("move", "transfer"), Map.entry("first", "preliminary"));
    /** Function-word phrases spinners also rewrite now and then. */
    private static final Map<String, String> PHRASES = Map.of("at least", "no less than", "as soon as",
            "the moment", "within", "inside");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    @TempDir
    Path dir;

    /** Swaps each content word found in the table with probability {@code rate}; returns the share swapped. */
    static String spin(String text, double rate, long seed, double[] swappedShare) {
        Random random = new Random(seed);
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            text = text.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        Set<String> stop = Lexicon.get().stopwords("en");
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int content = 0;
        int swapped = 0;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            String replacement = w;
            if (!stop.contains(lower)) {
                content++;
                if (SYNONYMS.containsKey(lower) && random.nextDouble() < rate) {
                    String s = SYNONYMS.get(lower);
                    replacement = Character.isUpperCase(w.charAt(0))
                            ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
                    swapped++;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        swappedShare[0] = (double) swapped / content;
        return out.toString();
    }

    @Test
    void shouldMarkSpunCopyAsDuplicateWhenAThirdOfContentWordsAreSwapped() {
        double[] share = new double[1];
        String original = Samples.text(Samples.STRIKE);
        String spun = spin(original, 0.8, 7, share);
        assertThat(share[0]).isGreaterThanOrEqualTo(0.30);
        assertThat(spun).contains("strolled", "cereal").doesNotContain("walked");

        Path a = Runs.write(dir, "a_original.txt", original);
        Path b = Runs.write(dir, "b_spun.txt", spun);
        List<IngestedArticle> all = Runs.ingest(a, b);
        assertThat(all.get(0).status()).isEqualTo(IngestStatus.OK);
        assertThat(all.get(1).status()).isEqualTo(IngestStatus.DUPLICATE);
        assertThat(all.get(1).duplicateOf()).isEqualTo(all.get(0).id());
        assertThat(all.get(1).id()).isNotEqualTo(all.get(0).id());
    }

    @Test
    void shouldKeepBothWhenTwoDifferentArticlesCoverTheSameTopic() {
        List<IngestedArticle> all = Runs.ingest(Runs.write(dir, "a.txt", Samples.text(Samples.STRIKE)),
                Runs.write(dir, "b.txt", Samples.text(Samples.STRIKE_OTHER)),
                Runs.write(dir, "c.txt", Samples.text(Samples.SOLAR)));
        assertThat(all).extracting(IngestedArticle::status).containsOnly(IngestStatus.OK);
    }

    @Test
    void shouldSeparateSpunCopiesFromSameTopicArticlesByAWideMargin() {
        Set<String> stop = Lexicon.get().stopwords("en");
        String original = Samples.text(Samples.STRIKE);
        List<Double> spunScores = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            String spun = spin(original, 0.8, seed, new double[1]);
            spunScores.add(Fingerprints.jaccard(Fingerprints.stopwordShingles(original, stop),
                    Fingerprints.stopwordShingles(spun, stop)));
        }
        double sameTopic = Fingerprints.jaccard(Fingerprints.stopwordShingles(original, stop),
                Fingerprints.stopwordShingles(Samples.text(Samples.STRIKE_OTHER), stop));
        double threshold = IngestOptions.defaults().nearDuplicateThreshold();
        assertThat(spunScores).allSatisfy(s -> assertThat(s).isGreaterThan(threshold + 0.15));
        assertThat(sameTopic).isLessThan(threshold - 0.2);
    }

    @Test
    void shouldMarkExactCopyAsDuplicateWhenOnlyWhitespaceAndQuotesDiffer() {
        String original = Samples.text(Samples.STRIKE).replace("region's", "region’s");
        String copy = "\n\n" + Samples.text(Samples.STRIKE).replace(". ", ".  ");
        List<IngestedArticle> all = Runs.ingest(Runs.write(dir, "1.txt", original), Runs.write(dir, "2.txt", copy));
        assertThat(all.get(1).status()).isEqualTo(IngestStatus.DUPLICATE);
        assertThat(all.get(1).contentHash()).isEqualTo(all.get(0).contentHash());
        assertThat(all.get(1).duplicateOf()).isEqualTo(all.get(0).id());
    }

    @Test
    void shouldMarkTheSameArticleAsDuplicateAcrossFormats() {
        Path txt = Runs.write(dir, "a.txt", Samples.text(Samples.SOLAR));
        Path html = Runs.write(dir, "b.html", HtmlFormatTest.page("", Samples.SOLAR));
        List<IngestedArticle> all = Runs.ingest(txt, html);
        assertThat(all.get(1).status()).isEqualTo(IngestStatus.DUPLICATE);
        assertThat(all.get(1).duplicateOf()).isEqualTo(all.get(0).id());
    }

    @Test
    void shouldGiveTheSameIdWhenTheSameTextIsIngestedInAnotherRun() {
        Path p = Runs.write(dir, "a.txt", Samples.text(Samples.STRIKE));
        String first = Runs.one(p).id();
        String second = Runs.one(p).id();
        assertThat(first).isEqualTo(second).isEqualTo(Fingerprints.sha256Hex(Fingerprints.normalise(
                String.join("\n\n", Samples.STRIKE))).substring(0, 16));
    }

    @Test
    void shouldUseFunctionWordsOnlyWhenBuildingSignatures() {
        long[] a = Fingerprints.stopwordShingles("The cat sat on the mat because it was cold and then it left",
                Lexicon.get().stopwords("en"));
        long[] b = Fingerprints.stopwordShingles("The dog lay on the rug because it was warm and then it slept",
                Lexicon.get().stopwords("en"));
        assertThat(Words.of("The cat")).containsExactly("the", "cat");
        assertThat(a).containsExactlyInAnyOrder(b);
    }
}
