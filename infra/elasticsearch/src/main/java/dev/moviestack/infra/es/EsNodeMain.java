package dev.moviestack.infra.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Runs one real Elasticsearch node (single-node discovery, 127.0.0.1 only) in this JVM.
 * DEV ONLY: no security, no bootstrap checks, no entitlements.
 *
 * <p>Arguments are node settings as {@code key=value}; {@code path.home} is required.
 * The home must contain {@code modules/} (transport-netty4 and our own module). A missing
 * {@code config/log4j2.properties} is written with a console-only configuration, and a module
 * directory without a {@code plugin-descriptor.properties} gets one extracted from its jars,
 * minus the {@code modulename=} line (which would make the loader expect a named module).
 *
 * <p>Stops cleanly on SIGTERM (shutdown hook closes the node).
 */
public final class EsNodeMain {

    private EsNodeMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + arg);
            }
            given.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String homeArg = given.get("path.home");
        if (homeArg == null) {
            throw new IllegalArgumentException("path.home=<dir> is required");
        }
        Path home = Path.of(homeArg).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("modules"));
        writeDefaultLogConfig(home.resolve("config/log4j2.properties"));
        prepareModuleDescriptors(home.resolve("modules"));

        Settings.Builder settings = Settings.builder()
            .put("cluster.name", "moviestack")
            .put("node.name", "moviestack-es")
            .put("network.host", "127.0.0.1")
            .put("http.port", "9200")
            .put("transport.port", "9300")
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString());
        given.forEach(settings::put);
        Settings input = settings.build();

        LogConfigurator.registerErrorListener();
        String nodeName = input.get("node.name");
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            input, Map.of(), home.resolve("config"), () -> nodeName);
        LogConfigurator.setNodeName(nodeName);
        LogConfigurator.setClusterName(input.get("cluster.name"));
        LogConfigurator.configure(environment, true);

        PluginsLoader pluginsLoader = PluginsLoader.createPluginsLoader(
            PluginsLoader.loadModulesBundles(environment.modulesDir(), false),
            PluginsLoader.loadPluginsBundles(environment.pluginsDir(), false),
            Map.of(),
            false);

        Node node = new Node(environment, pluginsLoader);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "moviestack-es-shutdown"));
        node.start();
        stopped.await();
    }

    private static void writeDefaultLogConfig(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        String config = String.join("\n",
            "status = error",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.console.ref = console",
            "");
        Files.writeString(file, config, StandardCharsets.UTF_8);
    }

    /** Gives every module directory without a descriptor the one shipped inside its jar, minus {@code modulename=}. */
    private static void prepareModuleDescriptors(Path modules) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(modules, Files::isDirectory)) {
            for (Path dir : dirs) {
                Path descriptor = dir.resolve("plugin-descriptor.properties");
                if (Files.exists(descriptor)) {
                    continue;
                }
                String name = dir.getFileName().toString();
                String entryName = "META-INF/es-plugins/" + name + "/plugin-descriptor.properties";
                String found = null;
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
                    for (Path jar : jars) {
                        try (JarFile jf = new JarFile(jar.toFile())) {
                            JarEntry entry = jf.getJarEntry(entryName);
                            if (entry != null) {
                                try (InputStream in = jf.getInputStream(entry)) {
                                    found = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                                }
                                break;
                            }
                        }
                    }
                }
                if (found == null) {
                    throw new IllegalStateException("module " + dir + " has no plugin-descriptor.properties and no jar with " + entryName);
                }
                List<String> kept = new ArrayList<>();
                for (String line : found.split("\n", -1)) {
                    if (!line.trim().startsWith("modulename=")) {
                        kept.add(line);
                    }
                }
                Files.writeString(descriptor, String.join("\n", kept), StandardCharsets.UTF_8);
            }
        }
    }
}
