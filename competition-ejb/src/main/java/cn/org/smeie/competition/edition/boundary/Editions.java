package cn.org.smeie.competition.edition.boundary;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the editions of the competition: public knowledge. */
@Stateless
@PermitAll
public class Editions {

    @PersistenceContext
    EntityManager em;

    /** Every edition, the newest first. */
    public List<Edition> all() {
        return em.createNamedQuery(Edition.ALL, Edition.class).getResultList();
    }

    /** The edition the committee made current (the newest, if none is). */
    public Edition current() {
        return em.createNamedQuery(Edition.CURRENT, Edition.class).getResultStream().findFirst()
                .or(() -> all().stream().findFirst())
                .orElseThrow(() -> new NotFoundException("Edition", "current"));
    }

    public Edition edition(long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw new NotFoundException("Edition", editionId);
        }
        return edition;
    }
}
