package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void shouldKeepASentenceWholeWhenItIsLongButUnderTheCap() {
        String sentence = "Kazakhstan said that " + "oil flowed through the CPC pipeline and ".repeat(20) + "stopped.";
        assertThat(sentence.length()).isLessThan(SentenceSplitter.MAX_CHARS);

        assertThat(SentenceSplitter.split(sentence)).containsExactly(new SentenceSplitter.Span(0, sentence.length(), 0));
    }

    @Test
    void shouldCutARunOnSentenceIntoPiecesUnderTheCapWhenItHasNoEnd() {
        String text = "Kazakhstan said" + " that Russia halted oil through the CPC pipeline and Georgia".repeat(400) + ".";

        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);

        assertThat(spans).hasSizeGreaterThan(text.length() / SentenceSplitter.MAX_CHARS);
        StringBuilder rejoined = new StringBuilder();
        for (SentenceSplitter.Span sp : spans) {
            assertThat(sp.end() - sp.start()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS);
            assertThat(sp.paragraph()).isZero();
            // cut at spaces: no word is broken
            assertThat(text.charAt(sp.start())).isNotEqualTo(' ');
            assertThat(sp.end() == text.length() || text.charAt(sp.end()) == ' ').isTrue();
            rejoined.append(rejoined.length() == 0 ? "" : " ").append(text, sp.start(), sp.end());
        }
        assertThat(rejoined.toString()).isEqualTo(text);
    }

    @Test
    void shouldCutAfterAClauseMarkWhenOneIsNearTheCap() {
        String first = "Kazakhstan said " + "x".repeat(SentenceSplitter.MAX_CHARS - 200) + ", then";
        String text = first + " Russia halted " + "oil ".repeat(100) + "flows.";

        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);

        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).endsWith(",");
    }

    @Test
    void shouldCutTextWithoutSpacesAtTheCapWithoutSplittingASurrogatePair() {
        String text = "a".repeat(SentenceSplitter.MAX_CHARS - 1) + "\uD83D\uDE00" + "b".repeat(50);

        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);

        assertThat(spans).containsExactly(new SentenceSplitter.Span(0, SentenceSplitter.MAX_CHARS - 1, 0),
                new SentenceSplitter.Span(SentenceSplitter.MAX_CHARS - 1, text.length(), 0));
    }
}
