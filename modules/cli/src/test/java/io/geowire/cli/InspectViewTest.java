package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectViewTest {

    static final String STRIKE = """
            Dock strike halts grain exports
            https://news.example.com/strike
            2023-10-05

            Dock workers at the port walked out on Thursday, halting grain loadings for the third day as talks on \
            pay broke down, the port authority said in a statement.

            Shipping agents said at least a dozen bulk carriers were waiting at anchor and that exporters had begun \
            to divert cargoes to other terminals along the coast while the dispute continued.
            """;

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults().withDetectLanguage(false));

    @Test
    void shouldListKeysInContractOrderWhenViewingAnArticle() {
        Map<String, Object> m = InspectView.toMap(ingestor.ingestText("s.txt", STRIKE));

        assertThat(m.keySet()).containsExactly("article", "id", "status", "reason", "title", "author", "published",
                "published_estimated", "source", "url", "language", "duplicate_of", "text");
        assertThat(m).containsEntry("status", "ok").containsEntry("published", "2023-10-05")
                .containsEntry("published_estimated", false).containsEntry("article", "s.txt")
                .containsEntry("source", "news.example.com").containsEntry("reason", null);
    }

    @Test
    void shouldUseWireNamesWhenStatusIsNotOk() {
        IngestedArticle dead = ingestor.ingestText("e.txt", "");
        assertThat(InspectView.toMap(dead)).containsEntry("status", "dead_letter")
                .containsEntry("reason", "empty file").containsEntry("text", null).containsEntry("published", null);

        IngestedArticle first = ingestor.ingestText("a.txt", STRIKE);
        IngestedArticle again = ingestor.ingestText("b.txt", STRIKE);
        assertThat(InspectView.toMap(again)).containsEntry("status", "duplicate")
                .containsEntry("duplicate_of", first.id());
    }
}
