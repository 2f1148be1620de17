package cn.org.smeie.competition.track.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.control.OrganizationDirectory;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Adds a track to an edition: checks the rules, registers its host organization, audits. */
@Dependent
public class TrackRegistry {

    public static final String AUDIT_TYPE = "Track";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrackRules rules;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AuditTrail audit;

    public Track add(Edition edition, TrackDetails input, String actor) {
        TrackDetails details = input == null ? null : input.stripped();
        rules.check(edition, details, null);
        Track track = new Track(edition, details,
                organizations.findOrRegister(details.hostOrganization(), OrganizationKind.HOST));
        em.persist(track);
        em.flush();
        audit.recordAs(actor, "CREATE", AUDIT_TYPE, track.getId(), track.getId(), null, track.snapshot());
        return track;
    }
}
