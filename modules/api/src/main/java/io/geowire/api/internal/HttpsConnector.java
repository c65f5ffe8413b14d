package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Serves HTTPS only (no plain-HTTP port beside it) with the key and certificate of a keystore. */
public final class HttpsConnector implements ApiResource {

    private final Path keystore;
    private final String password;
    private final String host;
    private final int port;

    public HttpsConnector(Path keystore, String password, String host, int port) {
        if (!Files.isReadable(keystore)) {
            throw new IllegalArgumentException("the API keystore " + keystore + " cannot be read");
        }
        this.keystore = keystore;
        this.password = password;
        this.host = host;
        this.port = port;
    }

    @Override
    public void configure(JavalinConfig config) {
        // with a connector of our own, Javalin adds no plain-HTTP one
        config.jetty.addConnector((server, httpConfig) -> {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(keystore.toAbsolutePath().toString());
            tls.setKeyStorePassword(password);
            ServerConnector connector = new ServerConnector(server,
                    new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(httpConfig));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }

    @Override
    public void register(Javalin app) {
        // nothing: the connector is all
    }
}
