package de.quartiersnetz.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs one Neo4j 5.26 instance in this JVM with the Bolt connector on loopback and APOC core loaded
 * from a plugins directory. It is driven by the quartiersnetz CLI (src/db/local-neo4j.ts), which
 * spawns it, waits for the state file and stops it with SIGTERM.
 *
 * <p>Exit codes: 0 clean shutdown, 2 bad arguments, 3 port in use, 4 store locked by another
 * process, 5 any other start-up failure.
 */
public final class Launcher {

    static final int EXIT_BAD_ARGS = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_STORE_LOCKED = 4;
    static final int EXIT_START_FAILED = 5;

    private Launcher() {}

    public static void main(String[] args) {
        long startNanos = System.nanoTime();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("launcher: " + e.getMessage());
            System.exit(EXIT_BAD_ARGS);
            return;
        }

        if (!isPortFree(options.port())) {
            System.err.println("launcher: port " + options.port() + " on 127.0.0.1 is already in use;"
                    + " choose another with --port or NEO4J_BOLT_PORT");
            System.exit(EXIT_PORT_IN_USE);
            return;
        }

        DatabaseManagementService service;
        try {
            Files.createDirectories(options.dataDir());
            service = new DatabaseManagementServiceBuilder(options.dataDir())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port()))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.plugin_dir, options.pluginsDir())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // Netty waits for a quiet period of 5 s on each of the two Bolt event loop groups
                    // before it stops them, so a clean shutdown of an idle instance took 12 s, 10 of
                    // them waiting for nothing. Connections are closed before that point anyway.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            if (causeChainMentions(e, "lock")) {
                System.err.println("launcher: the store in " + options.dataDir()
                        + " is locked by another running Neo4j; stop it first (quartiersnetz db stop)");
                System.exit(EXIT_STORE_LOCKED);
            }
            System.err.println("launcher: Neo4j failed to start: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(EXIT_START_FAILED);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Path stateFile = options.dataDir().resolve("launcher.json");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("launcher: shutting down Neo4j");
            try {
                service.shutdown();
            } finally {
                try {
                    Files.deleteIfExists(stateFile);
                } catch (IOException ignored) {
                    // the CLI treats a state file without a live process as stale
                }
                System.out.println("launcher: stopped cleanly");
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        try {
            ensureUser(service, options.username(), options.password());
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            String apoc = db.executeTransactionally("RETURN apoc.version() AS v", Map.of(),
                    result -> String.valueOf(result.next().get("v")));
            long startMillis = (System.nanoTime() - startNanos) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            long heapUsedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            long heapMaxMb = rt.maxMemory() / (1024 * 1024);
            long pageCacheMb = options.pageCacheBytes() / (1024 * 1024);
            writeState(stateFile, options, apoc, startMillis);
            System.out.printf("launcher: READY bolt://127.0.0.1:%d apoc=%s startup=%dms heapUsed=%dMiB"
                            + " heapMax=%dMiB pageCache=%dMiB pid=%d%n",
                    options.port(), apoc, startMillis, heapUsedMb, heapMaxMb, pageCacheMb,
                    ProcessHandle.current().pid());
        } catch (Throwable e) {
            System.err.println("launcher: Neo4j started but could not be prepared: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(EXIT_START_FAILED);
            return;
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sets the password of the configured user on every start, so that the store follows
     * NEO4J_PASSWORD. Neo4j refuses to set a password equal to the current one; that case is fine.
     */
    static void ensureUser(DatabaseManagementService service, String username, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("name", username, "password", password);
        if (!"neo4j".equals(username)) {
            system.executeTransactionally(
                    "CREATE USER $name IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        }
        try {
            system.executeTransactionally(
                    "ALTER USER $name SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            if (!causeChainMentions(e, "cannot be the same")) {
                throw e;
            }
        }
    }

    static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeState(Path stateFile, LauncherOptions options, String apoc, long startMillis)
            throws IOException {
        String json = String.format(
                "{\"pid\":%d,\"port\":%d,\"dataDir\":\"%s\",\"apoc\":\"%s\",\"startupMillis\":%d,"
                        + "\"startedAt\":\"%s\",\"jvmName\":\"%s\"}%n",
                ProcessHandle.current().pid(), options.port(), jsonEscape(options.dataDir().toString()),
                jsonEscape(apoc), startMillis, Instant.now(), jsonEscape(ManagementFactory.getRuntimeMXBean().getName()));
        Path tmp = stateFile.resolveSibling("launcher.json.tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static boolean causeChainMentions(Throwable e, String needle) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase().contains(needle.toLowerCase())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
