package cn.org.smeie.competition.organization.control;

import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds an organization by its name and kind, registering it the first time it is named. */
@Dependent
public class OrganizationDirectory {

    @PersistenceContext
    EntityManager em;

    public Organization findOrRegister(String name, OrganizationKind kind) {
        String clean = name.strip();
        return em.createNamedQuery(Organization.BY_NAME_AND_KIND, Organization.class)
                .setParameter("name", clean)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Organization created = new Organization(clean, kind);
                    em.persist(created);
                    return created;
                });
    }
}
