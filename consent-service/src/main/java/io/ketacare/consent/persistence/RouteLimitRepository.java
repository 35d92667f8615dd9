package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.plan.RouteLimit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RouteLimitRepository implements PanacheRepositoryBase<RouteLimit, RouteLimit.Key> {

    public int latestVersion() {
        Integer max = getEntityManager().createQuery("select max(l.protocolVersion) from RouteLimit l", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    public List<RouteLimit> ofVersion(int version) {
        return list("protocolVersion", version);
    }
}
