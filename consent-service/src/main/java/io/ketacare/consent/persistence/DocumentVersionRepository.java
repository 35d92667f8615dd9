package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.document.DocumentVersion;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class DocumentVersionRepository implements PanacheRepositoryBase<DocumentVersion, UUID> {

    public PanacheQuery<DocumentVersion> ofDocument(String code) {
        return find("documentCode", Sort.by("number"), code);
    }

    public Optional<DocumentVersion> find(String code, int number) {
        return find("documentCode = ?1 and number = ?2", code, number).firstResultOptional();
    }

    public int latestNumber(String code) {
        Integer max = getEntityManager()
                .createQuery("select max(v.number) from DocumentVersion v where v.documentCode = ?1", Integer.class)
                .setParameter(1, code).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The highest material version number of each of these documents (documents without one are left out). */
    public Map<String, Integer> latestMaterialNumbers(Collection<String> codes) {
        return getEntityManager()
                .createQuery("select v.documentCode, max(v.number) from DocumentVersion v where v.documentCode in ?1 and v.material = true"
                        + " group by v.documentCode", Object[].class)
                .setParameter(1, codes).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Integer) row[1]));
    }

    /** The highest material version number of a document: consents to older versions are no longer current. */
    public int latestMaterialNumber(String code) {
        Integer max = getEntityManager()
                .createQuery("select max(v.number) from DocumentVersion v where v.documentCode = ?1 and v.material = true", Integer.class)
                .setParameter(1, code).getSingleResult();
        return max == null ? 0 : max;
    }
}
