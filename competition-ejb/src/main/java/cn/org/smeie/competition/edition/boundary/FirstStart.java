package cn.org.smeie.competition.edition.boundary;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.control.EditionSeed;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.control.OrganizationDirectory;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.database.FirstStartLock;
import cn.org.smeie.competition.track.control.TrackRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * On the first start with an empty database, loads the first edition (2023) and its six tracks
 * from the notice's data. A database that holds any edition is left as it is, so the committee's
 * later changes are never overwritten.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    TrackRegistry tracks;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void seedWhenEmpty() {
        FirstStartLock.hold(em); // instances of a deployment group start at once: one does this, the others wait
        if (em.createNamedQuery(Edition.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        EditionSeed seed = EditionSeed.first();
        Edition edition = new Edition(seed.ordinal(), seed.year(), seed.nameZh(), seed.nameEn(),
                seed.registrationDeadline(), seed.trackDeadline(), seed.finalsMonth(), seed.timeZone());
        edition.announce(seed.documentNumber(), seed.publishedOn(), seed.organizers().stream()
                .map(name -> organizations.findOrRegister(name, OrganizationKind.ORGANIZER))
                .toList());
        edition.current(true);
        em.persist(edition);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, "CREATE", "Edition", edition.getId(), null, null, seed.nameZh());
        seed.tracks().forEach(details -> tracks.add(edition, details, AuditTrail.SYSTEM));
        LOG.info(() -> "Empty database: loaded " + seed.nameZh() + " with " + seed.tracks().size() + " tracks");
    }
}
