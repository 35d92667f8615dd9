package io.ketacare.gateway.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What the FHIR face serves: every type with read and search, its search parameters, JSON only, bearer tokens. */
public final class CapabilityStatements {

    private static final Date PUBLISHED = new Date();

    private CapabilityStatements() {
    }

    public static CapabilityStatement of(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setId("ketacare");
        statement.setUrl(base + "/metadata");
        statement.setName("KetaCareFhirR4");
        statement.setTitle("KetaCare FHIR R4 face");
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(PUBLISHED);
        statement.setPublisher("KetaCare");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("KetaCare gateway");
        statement.getImplementation().setDescription("Read-only FHIR R4 view of the KetaCare patient, consent and session records")
                .setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.addFormat("json");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Every call but this one needs a bearer token of the ketacare realm: an integrator (client credentials) "
                + "or a clinical role; a patient token reads only its own patient. Searches page with _count (0-200) and _offset.");
        rest.getSecurity().setCors(true).addService(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")));
        for (FhirType type : FhirType.values()) {
            rest.addResource(resource(type));
        }
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(FhirType type) {
        CapabilityStatementRestResourceComponent resource = new CapabilityStatementRestResourceComponent();
        resource.setType(type.fhirName());
        resource.setDocumentation(type.documentation());
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        for (String name : type.searchParameters().stream().sorted().toList()) {
            resource.addSearchParam().setName(name).setType(searchType(name))
                    .setDocumentation(name.startsWith("_") || name.equals("name") || name.equals("category") ? null : "The patient: Patient/<id> or <id>");
        }
        return resource;
    }

    private static Enumerations.SearchParamType searchType(String name) {
        return switch (name) {
            case "_id", "category" -> Enumerations.SearchParamType.TOKEN;
            case "name" -> Enumerations.SearchParamType.STRING;
            default -> Enumerations.SearchParamType.REFERENCE;
        };
    }
}
