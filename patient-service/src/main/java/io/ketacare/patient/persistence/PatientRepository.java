package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.Patient;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    public Optional<Patient> findByMrn(String mrn) {
        return find("mrn", mrn).firstResultOptional();
    }

    /** Name prefix (given or family, case-insensitive) or exact MRN; everyone when {@code q} is empty. */
    public PanacheQuery<Patient> search(String q, PageParams paging) {
        Sort order = Sort.by("familyName").and("givenName").and("id");
        PanacheQuery<Patient> query = q == null || q.isBlank()
                ? findAll(order)
                : find("lower(familyName) like :prefix or lower(givenName) like :prefix or mrn = :mrn", order,
                        Parameters.with("prefix", escapeLike(q.trim().toLowerCase()) + "%").and("mrn", q.trim()));
        return query.page(paging.page(), paging.size());
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
