package io.geowire.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random text made of tricky pieces never breaks the extractor and always yields verbatim evidence. */
class RobustnessTest {
    private static final String[] PIECES = {"Kazakhstan", "Russia's", "“", "”", "\"", "’", "'", "—", "–", "-", "(", ")",
        "[", "]", ".", ",", ";", ":", "?", "!", "\n", "\n\n", " ", "  ", "\u00a0", "May", "Might 9", "July 5th",
        "2022", "30 days", "80%", "CPC", "the BTC pipeline", "not", "never", "sanctions", "supported", "halted",
        "recognize", "Donetsk People's Republic", "anti-Russian", "Nur-Sultan", "U.S.", "St.", "é", "日本", "😀",
        "$3", "could", "reportedly", "said", "Tokayev", "the two leaders", "signed an agreement", "with", "Moscow-led"};

    @Test
    void shouldNeverFailAndKeepEvidenceVerbatimWhenTextIsRandom() {
        EventExtractor extractor = EventExtractor.createDefault();
        Random rnd = new Random(11);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(120);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]).append(rnd.nextInt(3) == 0 ? "" : " ");
            }
            String text = sb.toString();
            LocalDate published = rnd.nextBoolean() ? null : LocalDate.of(2020 + rnd.nextInt(5), 1 + rnd.nextInt(12), 1);
            for (ExtractedEvent e : extractor.extract(new ArticleInput("r.txt", text, published))) {
                assertThat(text.substring(e.evidenceStart(), e.evidenceEnd())).isEqualTo(e.evidence());
                assertThat(e.date() == null || e.date().matches("\\d{4}-\\d{2}(-\\d{2})?")).isTrue();
            }
        }
    }

    /**
     * The shapes the soak corpus of the cli's SoakIT brings: one run-on sentence full of tracked names (20 KB here,
     * 60 KB in ExtractBench.extractRunOnSentence, which measures the speed), the same sentence repeated 400 times, and
     * control characters. They must neither fail nor stall the pipeline. A regression guard, not a speed measurement:
     * with 60 KB the three took over a minute at load 25 before sentences were capped at 1000 characters and repeated
     * sentences were encoded once, and 27 s after at load 25 (21 s with this 20 KB run-on: mostly loading the
     * encoder and a cold JIT), so the timeout is generous; it is a backstop. The evidence bound below catches a lost cap on any machine (the run-on's
     * evidence was the whole run-on), EmbeddingCacheTest catches repeated sentences encoded again.
     */
    @Test
    @Timeout(60)
    void shouldExtractWithVerbatimEvidenceWhenSentencesAreHugeRepeatedOrControlCharacters() {
        EventExtractor extractor = EventExtractor.createDefault();
        StringBuilder runOn = new StringBuilder("Kazakhstan said");
        while (runOn.length() < 20_000) {
            runOn.append(" that Russia halted oil through the CPC pipeline and Azerbaijan supported Georgia and");
        }
        String repeated = "Kazakhstan will not help Russia circumvent sanctions, the minister said. ".repeat(400);
        String control = "Kazakhstan\u0000 halted\u0007 exports\u001b through the CPC\u200b pipeline.\r\n\f".repeat(50);
        for (String text : new String[] {runOn + ".", repeated, control}) {
            List<ExtractedEvent> events = extractor.extract(new ArticleInput("hostile.txt", text, LocalDate.of(2023, 5, 1)));

            assertThat(events).isNotEmpty();
            for (ExtractedEvent e : events) {
                assertThat(text.substring(e.evidenceStart(), e.evidenceEnd())).isEqualTo(e.evidence());
                // evidence lies within one sentence, and no sentence is longer than the splitter's cap
                assertThat(e.evidence().length()).isLessThanOrEqualTo(1_000);
            }
        }
    }
}
