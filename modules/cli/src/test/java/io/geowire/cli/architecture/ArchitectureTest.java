package io.geowire.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.geowire.api.archfixture.ApiReadingTopologyInternals;
import io.geowire.ingest.archfixture.IngestUsingKafka;
import io.geowire.model.archfixture.ModelUsingIngest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds the production code of every module to {@link Walls}, and shows each wall stops a deliberate breach. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // in a reactor build the other modules arrive as their jars, in an IDE as class folders: take both, but
        // no test classes (the deliberate breaches below live there)
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.geowire");
    }

    static List<ArchRule> walls() {
        return Walls.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walls")
    void shouldKeepEachWallWhenCheckingProductionCode(ArchRule wall) {
        wall.check(production);
    }

    @Test
    void shouldSeeEveryModuleWhenImportingProductionCode() {
        for (String module : Walls.MODULES) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(module)))
                    .as("classes of " + module + " on the test classpath").isTrue();
        }
    }

    @Test
    void shouldFailWhenIngestUsesKafka() {
        JavaClasses breach = new ClassFileImporter().importClasses(IngestUsingKafka.class);

        assertThatThrownBy(() -> Walls.INGEST_AND_EXTRACT_KNOW_NO_KAFKA.check(breach))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.apache.kafka");
    }

    @Test
    void shouldFailWhenApiReadsTopologyInternals() {
        JavaClasses breach = new ClassFileImporter().importClasses(ApiReadingTopologyInternals.class);

        assertThatThrownBy(() -> Walls.API_READS_ONLY_STREAMS_QUERY.check(breach))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.geowire.streams.internal.EventIdentity");
        assertThatThrownBy(() -> Walls.NO_FOREIGN_INTERNALS.check(breach))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.geowire.streams.internal");
    }

    @Test
    void shouldFailWhenModelUsesAnotherModule() {
        JavaClasses breach = new ClassFileImporter().importClasses(ModelUsingIngest.class);

        assertThatThrownBy(() -> Walls.MODEL_IMPORTS_NOTHING_OF_OURS.check(breach))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.geowire.ingest");
        assertThatThrownBy(() -> Walls.DATA_FLOWS_ONE_WAY.check(breach))
                .isInstanceOf(AssertionError.class);
    }
}
