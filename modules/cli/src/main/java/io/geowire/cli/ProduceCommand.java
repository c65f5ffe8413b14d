package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.ArticlePipeline;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import io.geowire.producer.TopicProvisioner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "produce", mixinStandardHelpOptions = true,
        header = "Ingest, extract and write a corpus to Kafka.",
        description = "Ingests and extracts a corpus and writes it to Kafka in input order, each article with its "
            + "events in one transaction (several articles to a transaction, see --inputs-per-transaction); "
            + "extraction runs on several threads.")
final class ProduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers host:port[,host:port]")
    String bootstrap;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--transactional-id", defaultValue = CorpusProducer.DEFAULT_TRANSACTIONAL_ID,
            description = "Producer transactional id (default ${DEFAULT-VALUE}); a restart with the same id fences the old one")
    String transactionalId;

    @Mixin
    IngestLimitsOptions limits;

    @Mixin
    ExtractorOptions extraction;

    @Mixin
    TransactionOptions transactions;

    @Option(names = "--extract-threads", paramLabel = "N",
            description = "Threads extracting while one thread ingests and one writes the transactions in input "
                + "order (default: one per core)")
    Integer extractThreads;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Corpus file or folder, as for run and replay (repeatable); - for stdin")
    List<String> corpus;

    // positional paths predate --corpus and stay for scripts that use them
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "More corpus files or folders, as --corpus")
    List<String> positional;

    @Override
    public Integer call() throws Exception {
        List<String> paths = paths();
        PrintWriter out = spec.commandLine().getOut();
        ClientConfigs configs = kafka.clients(bootstrap);
        Topics topics = kafka.topics();
        try (Admin admin = Admin.create(configs.admin())) {
            TopicProvisioner.ensureTopics(admin, topics, TopicProvisioner.DEFAULT_PARTITIONS);
        }
        ProduceSummary summary = CorpusRun.produce(configs, topics, paths, transactionalId, limits.options(),
                PipelineMetrics.none(), extraction.create(), extractThreads(), transactions.batching());
        out.println(Json.line(summary));
        return ExitCodes.OK;
    }

    private int extractThreads() {
        if (extractThreads == null) {
            return ArticlePipeline.defaultExtractThreads();
        }
        if (extractThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--extract-threads must be at least 1");
        }
        return extractThreads;
    }

    /** The --corpus paths, then the positional ones; at least one is required. */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        if (corpus != null) {
            paths.addAll(corpus);
        }
        if (positional != null) {
            paths.addAll(positional);
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the corpus to produce: --corpus PATH");
        }
        return paths;
    }
}
