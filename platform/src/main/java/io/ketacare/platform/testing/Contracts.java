package io.ketacare.platform.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published contracts in {@code contracts/}: tests validate real responses against them, and
 * a service's generated document must not drift from its committed one. Run with
 * {@code -Dketacare.contracts.update=true} (or {@code ./ketacare contracts}) to publish a change.
 */
public final class Contracts {

    private Contracts() {
    }

    public static Path directory() {
        String root = System.getProperty("ketacare.root");
        Path base = root != null ? Path.of(root) : Path.of("..");
        return base.resolve("contracts").toAbsolutePath().normalize();
    }

    public static Path of(String service) {
        return directory().resolve(service + ".yaml");
    }

    /** A RestAssured filter that fails the test when a request or response breaks the contract. */
    public static OpenApiValidationFilter validator(String service) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createFor(of(service).toUri().toString())
                // In-process tests authenticate with a test identity instead of a bearer header.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE).build())
                .build());
    }

    /** Null when the committed contract equals the generated one, else why it does not. */
    public static String drift(String service, String generated) throws IOException {
        Path committed = of(service);
        if (Boolean.getBoolean("ketacare.contracts.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated);
            return null;
        }
        if (!Files.exists(committed)) {
            return committed + " is missing; publish it with ./ketacare contracts";
        }
        String published = Files.readString(committed);
        if (published.strip().equals(generated.strip())) {
            return null;
        }
        return "The generated OpenAPI of " + service + " differs from " + committed
                + ". If the change is intended, publish it with ./ketacare contracts and commit the file.";
    }
}
