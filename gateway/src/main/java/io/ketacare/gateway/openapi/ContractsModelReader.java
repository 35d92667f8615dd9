package io.ketacare.gateway.openapi;

import io.ketacare.gateway.routing.Service;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.api.util.MergeUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The gateway's document is the merge of the published service contracts, which the build copies
 * to {@code contracts/<service>.yaml} on the classpath; a service whose contract is not published
 * yet is left out. Paths, tags and components of all contracts end up in one document, a schema
 * that several contracts share appearing once. Title, description and servers come from the
 * gateway's configuration. Runs once, when the application is built.
 *
 * <p>The contracts are read by name rather than by listing {@code contracts/}: the listing of a
 * classpath directory is not available once the classes are packaged in a jar.
 */
public class ContractsModelReader implements OASModelReader {

    static final String DIRECTORY = "contracts/";

    @Override
    public OpenAPI buildModel() {
        OpenAPI merged = OASFactory.createOpenAPI();
        for (Service service : Service.values()) {
            URL contract = ContractsModelReader.class.getClassLoader().getResource(DIRECTORY + service.serviceName() + ".yaml");
            if (contract != null) {
                merged = MergeUtil.merge(merged, parse(contract));
            }
        }
        return merged;
    }

    private static OpenAPI parse(URL contract) {
        return SmallRyeOpenAPI.builder()
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .withCustomStaticFile(() -> open(contract))
                .build()
                .model();
    }

    private static InputStream open(URL contract) {
        try {
            return contract.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + contract, e);
        }
    }
}
