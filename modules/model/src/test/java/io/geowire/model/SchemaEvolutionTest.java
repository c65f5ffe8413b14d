package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {

    @Test
    void shouldReadEveryReleasedVersionWithTheCurrentSchema() {
        List<String> released = SchemaHistory.indexLines();
        assertThat(released).isNotEmpty();
        for (Class<?> type : List.of(Article.class, Event.class, DeadLetter.class)) {
            Schema current = SpecificData.get().getSchema(type);
            List<Schema> versions = SchemaHistory.releasedVersionsOf(current.getFullName());
            assertThat(versions).as("released versions of %s", type).isNotEmpty();
            for (Schema old : versions) {
                var result = SchemaCompatibility.checkReaderWriterCompatibility(current, old);
                assertThat(result.getType())
                        .as("%s: %s", type.getSimpleName(), result.getDescription())
                        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @Test
    void shouldDecodeRecordWrittenWithOldestReleasedArticleSchema() throws IOException {
        Schema oldest = SchemaHistory.releasedVersionsOf(Article.getClassSchema().getFullName()).get(0);
        GenericRecord old = new GenericData.Record(oldest);
        for (Schema.Field field : oldest.getFields()) {
            old.put(field.name(), field.hasDefaultValue() ? GenericData.get().getDefaultValue(field) : "x-" + field.name());
        }
        old.put("title", "An old title");
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), oldest).encode(old);

        Article decoded = Serdes.article().decode(toArray(bytes));

        assertThat(decoded.getId()).isEqualTo("x-id");
        assertThat(decoded.getTitle()).isEqualTo("An old title");
        assertThat(decoded.getText()).isEqualTo("x-text");
    }

    @Test
    void shouldRejectRecordWhenWriterSchemaWasNeverReleased() throws IOException {
        Schema draft;
        try (InputStream in = getClass().getResourceAsStream("/older/Article-draft.avsc")) {
            draft = new Schema.Parser().parse(in);
        }
        GenericRecord record = new GenericData.Record(draft);
        draft.getFields().forEach(f -> record.put(f.name(), "v"));
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), draft).encode(record);

        assertThatThrownBy(() -> Serdes.article().decode(toArray(bytes)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown schema fingerprint");
    }

    @Test
    void shouldRejectBytesWhenTheyAreNotSingleObjectEncoded() {
        assertThatThrownBy(() -> Serdes.event().decode("{\"json\": true}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not Avro single-object encoded");
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] array = new byte[buffer.remaining()];
        buffer.get(array);
        return array;
    }
}
