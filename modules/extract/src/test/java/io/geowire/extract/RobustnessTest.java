package io.geowire.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
}
