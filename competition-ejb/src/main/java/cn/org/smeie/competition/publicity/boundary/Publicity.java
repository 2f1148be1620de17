package cn.org.smeie.competition.publicity.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.persistence.Store;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.publicity.entity.Exhibition;
import cn.org.smeie.competition.publicity.entity.ExhibitionForm;
import cn.org.smeie.competition.publicity.entity.PublicityForm;
import cn.org.smeie.competition.publicity.entity.PublicityRecord;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.results.control.ConfirmedAwards;
import cn.org.smeie.competition.results.entity.Award;
import cn.org.smeie.competition.results.entity.Prize;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publicity and exhibitions (宣传展示) of the first prizes of the national finals: the committee records
 * the media's reports on each and plans the exhibitions that show them, and decides which of them the
 * public results page shows and when. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
@RolesAllowed(COMMITTEE_ROLE)
public class Publicity {

    static final String RECORD = "PublicityRecord";
    static final String EXHIBITION = "Exhibition";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    Store store;

    @Inject
    InputValidator validator;

    @Inject
    Editions editions;

    @Inject
    ConfirmedAwards awards;

    /** The teams with a confirmed first prize of the edition's finals: what publicity and exhibitions are of. */
    public List<Registration> firstPrizes(long editionId) {
        scope.caller();
        return awards.ofFinals(editionId).stream().filter(a -> a.getPrize() == Prize.FIRST)
                .map(Award::getRegistration).toList();
    }

    public PublicityRecord addRecord(long editionId, PublicityForm form) {
        editions.edition(editionId);
        List<Registration> firstPrizes = firstPrizes(editionId);
        List<Violation> more = new ArrayList<>();
        if (form != null && form.registrationId() != null && firstPrizes.stream()
                .noneMatch(r -> r.getId().equals(form.registrationId()))) {
            more.add(new Violation("registrationId", "publicity.notFirstPrize"));
        }
        validator.check(form, more);
        Registration team = em.find(Registration.class, form.registrationId());
        PublicityRecord record = new PublicityRecord(editionId, team, form, audit.callerName(), now());
        em.persist(record);
        em.flush();
        audit.record("CREATE", RECORD, record.getId(), team.getTrack().getId(), null, form);
        return record;
    }

    public List<PublicityRecord> records(long editionId) {
        scope.caller();
        return em.createNamedQuery(PublicityRecord.OF_EDITION, PublicityRecord.class).setParameter("edition", editionId)
                .getResultList();
    }

    /** Shows a report on the public results page, or takes it off. */
    public PublicityRecord showRecord(long recordId, int expectedVersion, boolean shown) {
        scope.caller();
        PublicityRecord record = store.find(PublicityRecord.class, RECORD, recordId);
        if (record.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(record.getTitle());
        }
        record.show(shown);
        store.flush(record.getTitle());
        audit.record(shown ? "SHOW" : "HIDE", RECORD, recordId, null, Map.of("shown", !shown), Map.of("shown", shown));
        return record;
    }

    /** Plans an exhibition of finals first prizes (every project shown must be one). */
    public Exhibition planExhibition(long editionId, ExhibitionForm form) {
        editions.edition(editionId);
        List<Registration> firstPrizes = firstPrizes(editionId);
        List<Violation> more = new ArrayList<>();
        if (form != null && form.registrationIds().stream()
                .anyMatch(id -> firstPrizes.stream().noneMatch(r -> r.getId().equals(id)))) {
            more.add(new Violation("registrationIds", "publicity.notFirstPrize"));
        }
        validator.check(form, more);
        List<Registration> projects = firstPrizes.stream().filter(r -> form.registrationIds().contains(r.getId()))
                .toList();
        Exhibition exhibition = new Exhibition(editionId, form, projects, audit.callerName(), now());
        em.persist(exhibition);
        em.flush();
        audit.record("CREATE", EXHIBITION, exhibition.getId(), null, null, form);
        return exhibition;
    }

    public List<Exhibition> exhibitions(long editionId) {
        scope.caller();
        return em.createNamedQuery(Exhibition.OF_EDITION, Exhibition.class).setParameter("edition", editionId)
                .getResultList();
    }

    /** Shows an exhibition on the public results page, or takes it off. */
    public Exhibition showExhibition(long exhibitionId, int expectedVersion, boolean shown) {
        scope.caller();
        Exhibition exhibition = store.find(Exhibition.class, EXHIBITION, exhibitionId);
        if (exhibition.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(exhibition.getEvent());
        }
        exhibition.show(shown);
        store.flush(exhibition.getEvent());
        audit.record(shown ? "SHOW" : "HIDE", EXHIBITION, exhibitionId, null, Map.of("shown", !shown),
                Map.of("shown", shown));
        return exhibition;
    }

    private static OffsetDateTime now() {
        return AuditTrail.now();
    }
}
