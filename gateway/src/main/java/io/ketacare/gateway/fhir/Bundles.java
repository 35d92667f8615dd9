package io.ketacare.gateway.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/** Searchset Bundles: {@code total}, one page of matches, {@code self}/{@code previous}/{@code next} links, warnings as outcome entries. */
public final class Bundles {

    private Bundles() {
    }

    /** A page of {@code all} as the search asked for it. */
    public static Bundle page(String base, SearchRequest search, Found found) {
        List<? extends Resource> all = found.resources();
        int from = Math.min(search.offset(), all.size());
        int to = Math.min(from + search.count(), all.size());
        return searchset(base, search, all.subList(from, to), all.size(), found.warnings());
    }

    /** A Bundle of one page already cut by the owner, of {@code total} matches. */
    public static Bundle searchset(String base, SearchRequest search, List<? extends Resource> page, long total, List<String> warnings) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.getMeta().setLastUpdated(new Date());
        bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.addLink().setRelation("self").setUrl(url(base, search, search.offset()));
        if (search.offset() > 0) {
            bundle.addLink().setRelation("previous").setUrl(url(base, search, Math.max(0, search.offset() - search.count())));
        }
        if (search.count() > 0 && search.offset() + search.count() < total) {
            bundle.addLink().setRelation("next").setUrl(url(base, search, search.offset() + search.count()));
        }
        for (Resource resource : page) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        for (String warning : warnings) {
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID())
                    .setResource(OperationOutcomes.warning(IssueType.INCOMPLETE, warning))
                    .getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        }
        return bundle;
    }

    private static String url(String base, SearchRequest search, int offset) {
        Map<String, String> query = new LinkedHashMap<>();
        search.parameters().forEach((name, value) -> {
            if (!name.equals("_offset") && !name.equals("_count")) {
                query.put(name, value);
            }
        });
        query.put("_count", String.valueOf(search.count()));
        query.put("_offset", String.valueOf(offset));
        return base + "/" + search.type().fhirName() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
