package io.geowire.cli.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The walls between geowire's modules, as ArchUnit rules. Data flows one way: ingest, extract, producer, streams,
 * api; cli wires everything. Each module's root package is listed once here.
 */
final class Walls {

    static final String MODEL = "io.geowire.model";
    static final String INGEST = "io.geowire.ingest";
    static final String EXTRACT = "io.geowire.extract";
    static final String EMBEDDED_KAFKA = "io.geowire.kafka.embedded";
    static final String TESTING = "io.geowire.testing";
    static final String PRODUCER = "io.geowire.producer";
    static final String STREAMS = "io.geowire.streams";
    static final String API = "io.geowire.api";
    static final String CLI = "io.geowire.cli";

    static final List<String> MODULES =
            List.of(MODEL, INGEST, EXTRACT, EMBEDDED_KAFKA, TESTING, PRODUCER, STREAMS, API, CLI);

    private Walls() {
    }

    /** model holds the records' schemas and serdes; it may use no other module. */
    static final ArchRule MODEL_IMPORTS_NOTHING_OF_OURS = noClasses()
            .that().resideInAPackage(MODEL + "..")
            .should().dependOnClassesThat(resideInAPackage("io.geowire..").and(not(resideInAPackage(MODEL + ".."))))
            .as("model imports nothing of ours");

    /** ingest and extract run without a broker (extract, inspect, evaluate) and so must not see Kafka or Avro. */
    static final ArchRule INGEST_AND_EXTRACT_KNOW_NO_KAFKA = noClasses()
            .that().resideInAnyPackage(INGEST + "..", EXTRACT + "..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.apache.avro..")
            .as("ingest and extract never see org.apache.kafka or org.apache.avro");

    /** The API answers from state only, through the query package; the topology's internals stay hidden. */
    static final ArchRule API_READS_ONLY_STREAMS_QUERY = noClasses()
            .that().resideInAPackage(API + "..")
            .should().dependOnClassesThat(resideInAPackage(STREAMS + "..")
                    .and(not(resideInAPackage(STREAMS + ".query.."))))
            .as("api reads only streams.query");

    /** A module's internal package is its own business. */
    static final ArchRule NO_FOREIGN_INTERNALS = CompositeArchRule.of(MODULES.stream()
            .map(Walls::internalsOf).toList())
            .as("no module imports another module's internal package");

    /** Data flows one way; cli is the only place that wires the stages together. */
    static final ArchRule DATA_FLOWS_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy(MODEL + "..")
            .layer("ingest").definedBy(INGEST + "..")
            .layer("extract").definedBy(EXTRACT + "..")
            .layer("embedded-kafka").definedBy(EMBEDDED_KAFKA + "..")
            .layer("testing").definedBy(TESTING + "..")
            .layer("producer").definedBy(PRODUCER + "..")
            .layer("streams").definedBy(STREAMS + "..")
            .layer("api").definedBy(API + "..")
            .layer("cli").definedBy(CLI + "..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("testing").mayNotBeAccessedByAnyLayer()
            .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("streams").mayOnlyBeAccessedByLayers("api", "cli")
            .whereLayer("producer").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("producer", "cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("extract", "producer", "cli")
            .whereLayer("embedded-kafka").mayOnlyBeAccessedByLayers("testing", "cli")
            .as("data flows one way: ingest -> extract -> producer -> streams -> api; cli wires everything");

    static final List<ArchRule> ALL = List.of(MODEL_IMPORTS_NOTHING_OF_OURS, INGEST_AND_EXTRACT_KNOW_NO_KAFKA,
            API_READS_ONLY_STREAMS_QUERY, NO_FOREIGN_INTERNALS, DATA_FLOWS_ONE_WAY);

    private static ArchRule internalsOf(String module) {
        return noClasses()
                .that().resideOutsideOfPackage(module + "..")
                .should().dependOnClassesThat().resideInAPackage(module + ".internal..")
                .as("only " + module + " uses " + module + ".internal")
                // checked against a few classes (a breach), most modules have nothing outside them to look at
                .allowEmptyShould(true);
    }
}
