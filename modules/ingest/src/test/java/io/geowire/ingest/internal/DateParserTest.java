package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DateParserTest {

    /** Words of the future-clause pattern, pieces of them, look-alikes and case and spacing variants. */
    private static final String[] PIECES = {"will", "WILL", "Will", "shall", "plans to", "plan to", "planned",
        "planning to", "plans", "aims to", "aim", "intends to", "intend", "expected to", "expects to", "expected in",
        "expected", "scheduled", "Scheduled", "set to", "set  to", "due to be", "due to open", "due to", "is to",
        "is  to", "are to", "going to", "hopes", "hope", "hoped", "would start", "could be completed", "would",
        "could open", "willow", "skill", "is", "to", "the", "minister", "said", "in", "May", "2024", "\u212Aelvin",
        "\u0130s to", "ſet to", "é", "wi", "ll", "sched", "uled", ",", "\t"};
    private static final String[] GAPS = {" ", " ", "", "\n", ". ", "  ", "-"};

    @Test
    void shouldFindAFutureClauseExactlyWhereThePatternAloneDoes() {
        Random random = new Random(17);
        for (int t = 0; t < 30_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            text.append("March 3");
            String s = text.toString();
            int start = s.length() - "March 3".length();
            assertThat(DateParser.futureClause(s, start)).as(s).isEqualTo(DateParser.futureClauseByPattern(s, start));
        }
    }

    @Test
    void shouldLeaveAClauseWithoutACueOutAndOneWithACueIn() {
        assertThat(DateParser.mayBeFutureClause("Flows resumed on ")).isFalse();
        assertThat(DateParser.mayBeFutureClause("The line IS TO reopen on ")).isTrue();
        assertThat(DateParser.futureClause("The pipeline will reopen on May 3", 28)).isTrue();
        // a character outside ASCII that lower-cases into it is not judged by the cues
        assertThat(DateParser.mayBeFutureClause("\u212A")).isTrue();
    }

    @Test
    void shouldTakeTheFirstTokenAsSplittingOnWhitespaceDoes() {
        for (String s : new String[] {"until June 30", "June", "", " June", "\tby\n2030", "bis\u00a0Mai 3", "a  b"}) {
            assertThat(DateParser.firstToken(s)).as(s).isEqualTo(s.split("\\s+", 2)[0]);
        }
    }
}
