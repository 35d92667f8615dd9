package io.ketacare.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/** No published contract may break a client of the released baseline. */
class ContractCompatibilityTest {

    static final Path CONTRACTS = Path.of(System.getProperty("ketacare.root", "..")).resolve("contracts");

    static List<String> baselines() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("baseline"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("baselines")
    void currentContractIsCompatibleWithTheReleasedBaseline(String file) {
        Path current = CONTRACTS.resolve(file);
        assertThat(current).as("every released contract is still published").exists();
        ChangedOpenApi diff = OpenApiCompare.fromLocations(CONTRACTS.resolve("baseline").resolve(file).toString(), current.toString());
        assertThat(diff.isIncompatible())
                .as("breaking changes in %s against contracts/baseline:%n%s", file, new ConsoleRender().render(diff))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("baselines")
    void aRemovedOperationWouldBeCaught(String file) throws IOException {
        Path baseline = CONTRACTS.resolve("baseline").resolve(file);
        String text = Files.readString(baseline);
        int cut = text.indexOf("\n  /api/");
        if (cut < 0) {
            return; // a contract without operations cannot lose one
        }
        Path broken = Files.createTempFile("broken-", ".yaml");
        // rename the first path: to a client the operation is gone
        Files.writeString(broken, text.substring(0, cut) + "\n  /api/removed/" + text.substring(cut + "\n  /api/".length()));
        assertThat(OpenApiCompare.fromLocations(baseline.toString(), broken.toString()).isIncompatible()).isTrue();
    }
}
