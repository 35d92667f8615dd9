package io.ketacare.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.gateway.support.Contracts;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published contracts and the route table agree: every path of {@code <service>.yaml} is
 * routed to that service, and what several services publish is the same everywhere, so that
 * the merged document holds it once, unchanged.
 */
class ContractOwnershipTest {

    /**
     * Published by every service (its own audit trail); through the gateway it is the
     * patient-service trail until a trail merged across services exists.
     */
    private static final Set<String> PER_SERVICE_PATHS = Set.of("/api/v1/audit-events");

    private final Map<String, Map<String, Object>> contracts = Contracts.all();

    @Test
    void everyCommittedContractIsOfARoutedServiceAndMerged() {
        for (String file : Contracts.committedFileNames()) {
            String serviceName = file.replaceFirst("\\.yaml$", "");
            assertThat(Service.byServiceName(serviceName)).as("a route table entry for " + file).isPresent();
            assertThat(contracts).as("%s copied onto the classpath", file).containsKey(serviceName);
        }
    }

    @Test
    void everyPublishedPathIsRoutedToItsService() {
        assertThat(contracts).containsKey("patient-service");
        contracts.forEach((serviceName, contract) -> {
            Service service = Service.byServiceName(serviceName).orElseThrow();
            for (String path : Contracts.map(contract, "paths").keySet()) {
                Service expected = PER_SERVICE_PATHS.contains(path) ? Service.PATIENT : service;
                assertThat(RouteTable.KETACARE.owner(concrete(path))).as(serviceName + " publishes " + path).contains(expected);
            }
        });
    }

    @Test
    void onlyPerServicePathsArePublishedTwiceAndThenIdentically() {
        Map<String, Object> published = new HashMap<>();
        contracts.forEach((serviceName, contract) -> Contracts.map(contract, "paths").forEach((path, item) -> {
            Object earlier = published.putIfAbsent(path, item);
            if (earlier != null) {
                assertThat(PER_SERVICE_PATHS).as("%s is published again by %s", path, serviceName).contains(path);
                assertThat(item).as("%s differs in %s", path, serviceName).isEqualTo(earlier);
            }
        }));
    }

    @Test
    void aSchemaSharedByServicesIsIdenticalInEach() {
        Map<String, Object> schemas = new HashMap<>();
        contracts.forEach((serviceName, contract) -> Contracts.map(contract, "components", "schemas")
                .forEach((name, schema) -> {
                    Object earlier = schemas.putIfAbsent(name, schema);
                    assertThat(earlier == null || earlier.equals(schema))
                            .as("schema %s of %s differs from the one published before", name, serviceName)
                            .isTrue();
                }));
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^/}]+}", "x1");
    }
}
