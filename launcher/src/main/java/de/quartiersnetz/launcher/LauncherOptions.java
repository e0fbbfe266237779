package de.quartiersnetz.launcher;

import java.nio.file.Path;

/** Command-line options of the launcher; every option also has an environment variable. */
record LauncherOptions(int port, Path dataDir, Path pluginsDir, long pageCacheBytes, String username,
        String password) {

    static final int DEFAULT_PORT = 7687;
    static final String DEFAULT_PAGE_CACHE = "512m";

    static LauncherOptions parse(String[] args) {
        String port = env("NEO4J_BOLT_PORT", String.valueOf(DEFAULT_PORT));
        String dataDir = env("NEO4J_DATA_DIR", ".data/neo4j");
        String pluginsDir = env("NEO4J_PLUGINS_DIR", "launcher/target/plugins");
        String pageCache = env("NEO4J_PAGECACHE", DEFAULT_PAGE_CACHE);
        String username = env("NEO4J_USERNAME", "neo4j");
        String password = env("NEO4J_PASSWORD", "quartiersnetz");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("flag " + flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = value;
                case "--data-dir" -> dataDir = value;
                case "--plugins-dir" -> pluginsDir = value;
                case "--pagecache" -> pageCache = value;
                case "--username" -> username = value;
                case "--password" -> password = value;
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        if (password.length() < 8) {
            throw new IllegalArgumentException("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
        }
        return new LauncherOptions(parsePort(port), Path.of(dataDir).toAbsolutePath(),
                Path.of(pluginsDir).toAbsolutePath(), parseBytes(pageCache), username, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be an integer from 1 to 65535, got '" + value + "'");
        }
    }

    /** Parses sizes like 512m, 2g, 1048576. */
    static long parseBytes(String value) {
        String v = value.trim().toLowerCase();
        long factor = 1;
        char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        switch (unit) {
            case 'k' -> factor = 1024L;
            case 'm' -> factor = 1024L * 1024;
            case 'g' -> factor = 1024L * 1024 * 1024;
            default -> factor = 1;
        }
        String digits = factor == 1 ? v : v.substring(0, v.length() - 1);
        try {
            return Long.parseLong(digits) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page cache size must look like 512m or 2g, got '" + value + "'");
        }
    }
}
