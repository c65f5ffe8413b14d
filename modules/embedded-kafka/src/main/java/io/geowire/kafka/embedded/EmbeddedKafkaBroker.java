package io.geowire.kafka.embedded;

import io.geowire.kafka.embedded.internal.BrokerConfig;
import io.geowire.kafka.embedded.internal.BrokerLogFile;
import io.geowire.kafka.embedded.internal.Directories;
import io.geowire.kafka.embedded.internal.FreePort;
import io.geowire.kafka.embedded.internal.QuietLogging;
import io.geowire.kafka.embedded.internal.Readiness;
import io.geowire.kafka.embedded.internal.StorageFormatter;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real Apache Kafka KRaft broker (broker and controller in one node) running inside this JVM.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults())) {
 *     String bootstrap = broker.bootstrapServers();   // e.g. "localhost:40123"
 *     ...
 * }
 * }</pre>
 *
 * Brokers may be started and closed one after another in the same JVM; each gets its own ports and data dir.
 * When the application logs through logback (the CLI does), the broker's own loggers write to {@code broker.log} in
 * the data dir and only its real errors reach the console; through slf4j-simple, they are lowered to WARN unless the
 * application configured them (see {@code docs/broker.md}).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    /** A port race (see {@link FreePort}) is rare; a few tries make it vanish. */
    private static final int START_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final boolean deleteDataDirOnClose;
    private final Optional<BrokerLogFile> logFile;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread shutdownHook;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir,
                                boolean deleteDataDirOnClose, Optional<BrokerLogFile> logFile) {
        this.server = server;
        this.logFile = logFile;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.deleteDataDirOnClose = deleteDataDirOnClose;
    }

    /**
     * Formats storage if needed, starts the broker and returns once it has acknowledged an {@code acks=all} write.
     *
     * @throws IllegalStateException if the broker does not start: a port is taken, or it is not ready within
     *                               {@link BrokerOptions#startTimeout()} after Kafka's own startup returned
     * @throws org.apache.kafka.common.config.ConfigException if an extra broker property is invalid
     */
    public static EmbeddedKafkaBroker start(BrokerOptions options) {
        QuietLogging.applyIfSimpleLogger();
        boolean temporary = options.dataDir() == null;
        Path dataDir = temporary ? Directories.createTemp() : createDirectories(options.dataDir());
        // before the server exists, so that its startup lines land in the file too
        Optional<BrokerLogFile> logFile = BrokerLogFile.open(dataDir);
        try {
            EmbeddedKafkaBroker broker = startWithRetries(options, dataDir, temporary, logFile);
            if (options.shutdownHook()) {
                broker.registerShutdownHook();
            }
            return broker;
        } catch (RuntimeException e) {
            logFile.ifPresent(BrokerLogFile::close);
            if (temporary) {
                Directories.deleteRecursively(dataDir);
            }
            throw e;
        }
    }

    private static EmbeddedKafkaBroker startWithRetries(BrokerOptions options, Path dataDir, boolean temporary,
                                                        Optional<BrokerLogFile> logFile) {
        // only free ports we picked ourselves can lose a race (to another process binding them between our pick and
        // Kafka's bind); a fixed client port that is taken, or any other failure, fails at once
        int attempts = options.port() == 0 ? START_ATTEMPTS : 1;
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return startOnce(options, dataDir, temporary, logFile);
            } catch (RuntimeException e) {
                if (!isBindFailure(e)) {
                    throw e;
                }
                last = e;
                LOG.warn("embedded Kafka start attempt {}/{} lost a port race: {}", attempt, attempts, e.toString());
            }
        }
        throw last;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static EmbeddedKafkaBroker startOnce(BrokerOptions options, Path dataDir, boolean temporary,
                                                 Optional<BrokerLogFile> logFile) {
        long startNanos = System.nanoTime();
        int clientPort = options.port() == 0 ? FreePort.pick() : options.port();
        int controllerPort = FreePort.pick();
        int brokerPort = options.security() == null ? 0 : FreePort.pick();
        Properties props = BrokerConfig.build(options, clientPort, brokerPort, controllerPort, dataDir);
        // parse first: a bad extra property then fails as a ConfigException, not as a formatting error
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        StorageFormatter.formatIfNeeded(writeConfig(props, dataDir), BrokerConfig.logDir(dataDir),
                adminCredentials(options.security()));

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        String bootstrap = "localhost:" + clientPort;
        try {
            server.startup();
            Readiness.await(bootstrap, clientSecurity(options.security()), options.startTimeout());
        } catch (TimeoutException | RuntimeException e) {
            stopQuietly(server);
            throw new IllegalStateException("embedded Kafka broker did not start on " + bootstrap + ": " + e, e);
        }
        LOG.info("embedded Kafka broker ready on {} in {} ms (data in {}; its log: {})", bootstrap,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), dataDir,
                logFile.map(f -> f.file().toString()).orElse("this console, warnings and errors only"));
        return new EmbeddedKafkaBroker(server, bootstrap, dataDir, temporary, logFile);
    }

    // the admin user exists from the first start on, so it can create the other users and their ACLs
    private static List<String> adminCredentials(BrokerSecurity security) {
        return security == null ? List.of() : List.of(BrokerSecurity.SCRAM_MECHANISM + "=[name=" + security.adminUser()
                + ",password=" + security.adminPassword() + "]");
    }

    private static Map<String, Object> clientSecurity(BrokerSecurity security) {
        return security == null ? Map.of() : security.adminClientProperties();
    }

    /** {@code host:port} for the clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding {@code server.properties} and the broker's logs. */
    public Path dataDir() {
        return dataDir;
    }

    /** The file the broker's own log goes to; empty when the application does not log through logback. */
    public Optional<Path> logFile() {
        return logFile.map(BrokerLogFile::file);
    }

    public boolean isRunning() {
        return !closed.get();
    }

    /** Blocks until the broker has been closed, e.g. by the shutdown hook on Ctrl-C. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Like {@link #awaitShutdown()} but gives up after {@code timeout}; returns whether the broker is closed. */
    public boolean awaitShutdown(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the broker cleanly and deletes its data dir if it was a temporary one. Idempotent; a call that comes
     * while another thread (e.g. the shutdown hook) is closing waits until that is done.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            awaitStoppedUninterruptibly();
            return;
        }
        try {
            removeShutdownHook();
            stopQuietly(server);
            logFile.ifPresent(BrokerLogFile::close);
            if (deleteDataDirOnClose) {
                Directories.deleteRecursively(dataDir);
            }
            LOG.info("embedded Kafka broker on {} stopped", bootstrapServers);
        } finally {
            stopped.countDown();
        }
    }

    private void awaitStoppedUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                stopped.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void registerShutdownHook() {
        Thread hook = new Thread(this::close, "geowire-kafka-shutdown");
        shutdownHook = hook;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException jvmAlreadyShuttingDown) {
            // the hook runs (or ran) anyway, and close() is idempotent
        }
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("embedded Kafka broker did not shut down cleanly", e);
        }
    }

    private static Path writeConfig(Properties props, Path dataDir) {
        try {
            return BrokerConfig.write(props, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the broker config to " + dataDir, e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker data dir " + dir, e);
        }
    }
}
