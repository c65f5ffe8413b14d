package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectViewTest {
    @TempDir
    Path dir;

    @Test
    void shouldListKeysInContractOrderWhenViewingAnArticle() {
        String header = "Dock strike halts grain exports\nhttps://news.example.com/strike\n2023-10-05\n\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "s.txt", header + Samples.text(Samples.STRIKE)));
        Map<String, Object> m = InspectView.toMap(a);
        assertThat(m.keySet()).containsExactly("article", "id", "status", "reason", "title", "author", "published",
                "published_estimated", "source", "url", "language", "duplicate_of", "text");
        assertThat(m).containsEntry("status", "ok").containsEntry("published", "2023-10-05")
                .containsEntry("published_estimated", false).containsEntry("article", "s.txt")
                .containsEntry("source", "news.example.com").containsEntry("reason", null);
    }

    @Test
    void shouldUseWireNamesWhenStatusIsNotOk() {
        IngestedArticle dead = Runs.one(Runs.write(dir, "e.txt", ""));
        assertThat(InspectView.toMap(dead)).containsEntry("status", "dead_letter")
                .containsEntry("reason", "empty file").containsEntry("text", null).containsEntry("published", null);
        var all = Runs.ingest(Runs.write(dir, "a.txt", Samples.text(Samples.SOLAR)),
                Runs.write(dir, "b.txt", Samples.text(Samples.SOLAR)));
        assertThat(InspectView.toMap(all.get(1))).containsEntry("status", "duplicate")
                .containsEntry("duplicate_of", all.get(0).id());
    }
}
