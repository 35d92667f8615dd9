package io.ketacare.gateway.support;

import io.ketacare.gateway.routing.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The published service contracts: the committed files, and the copies the build put on the classpath. */
public final class Contracts {

    private Contracts() {
    }

    /** Each {@code contracts/<service>.yaml} on the classpath, parsed, by service name. */
    public static Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> contracts = new TreeMap<>();
        for (Service service : Service.values()) {
            URL contract = Contracts.class.getClassLoader().getResource("contracts/" + service.serviceName() + ".yaml");
            if (contract != null) {
                contracts.put(service.serviceName(), parse(contract));
            }
        }
        return contracts;
    }

    /** The names of the committed {@code contracts/*-service.yaml} files of the repository. */
    public static List<String> committedFileNames() {
        Path root = Path.of(System.getProperty("ketacare.root", ".."));
        try (Stream<Path> files = Files.list(root.resolve("contracts"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("-service.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parse(URL contract) {
        try (InputStream in = contract.openStream()) {
            return withoutExamples(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document without its {@code example} values: examples are documentation, and the
     * generator attaches a shared type's example to whichever property it meets first, so they
     * may sit in different places in two services' copies of one schema.
     */
    @SuppressWarnings("unchecked")
    public static <T> T withoutExamples(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (!key.equals("example")) {
                    copy.put(key, withoutExamples(value));
                }
            });
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            return (T) list.stream().map(Contracts::withoutExamples).toList();
        }
        return node;
    }

    /** The map under the given keys, empty when there is none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> node, String... keys) {
        Map<String, Object> current = node;
        for (String key : keys) {
            Object next = current.get(key);
            current = next instanceof Map<?, ?> child ? (Map<String, Object>) child : Map.of();
        }
        return current;
    }
}
