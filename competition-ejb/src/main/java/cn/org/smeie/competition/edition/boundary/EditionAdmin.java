package cn.org.smeie.competition.edition.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.edition.entity.EditionForm;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.validation.InputValidator;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committee's editions (届): it adds the next one while the current one runs, sets its names,
 * calendar and team size, and makes it the current one (what the portal shows and the console opens
 * with) when its registration opens. Each change is checked first, guarded by the version the caller
 * last saw, and audited with the values before and after.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
@RolesAllowed(COMMITTEE_ROLE)
public class EditionAdmin {

    static final String AUDIT_TYPE = "Edition";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Editions editions;

    @Inject
    InputValidator validator;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    /** A new edition, not yet current; its organizers are those of the current edition. */
    public Edition create(EditionForm input) {
        scope.caller();
        EditionForm form = checked(input, null);
        Edition edition = new Edition(form.ordinal(), form.year(), form.nameZh(), form.nameEn(),
                form.registrationDeadline(), form.trackDeadline(), form.finalsMonth(), BEIJING);
        edition.describe(form);
        em.createNamedQuery(Edition.CURRENT, Edition.class).getResultStream().findFirst()
                .ifPresent(current -> edition.announce(null, null, current.getOrganizers()));
        em.persist(edition);
        em.flush();
        audit.record("CREATE", AUDIT_TYPE, edition.getId(), null, null, described(form));
        return edition;
    }

    /** New names, calendar or team size for an edition. */
    public Edition update(long editionId, int expectedVersion, EditionForm input) {
        scope.caller();
        Edition edition = current(editionId, expectedVersion);
        EditionForm form = checked(input, edition);
        EditionForm before = edition.form();
        edition.describe(form);
        em.flush();
        audit.record("UPDATE", AUDIT_TYPE, edition.getId(), null, described(before), described(form));
        return edition;
    }

    /** Makes the edition the current one; the one that was current no longer is. */
    public Edition makeCurrent(long editionId, int expectedVersion) {
        scope.caller();
        Edition edition = current(editionId, expectedVersion);
        Long before = null;
        for (Edition e : em.createNamedQuery(Edition.CURRENT, Edition.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            before = e.getId();
            e.current(false);
        }
        edition.current(true);
        em.flush();
        audit.record("MAKE_CURRENT", AUDIT_TYPE, edition.getId(), null,
                before == null ? null : Map.of("current", before), Map.of("current", edition.getId()));
        return edition;
    }

    /**
     * Makes the edition's approved honours public on its results page, or takes them back; the
     * prizes of a round become public when the round is published (Judging.publish).
     */
    public Edition publishHonours(long editionId, int expectedVersion, boolean published) {
        scope.caller();
        Edition edition = current(editionId, expectedVersion);
        OffsetDateTime before = edition.getHonoursPublishedAt();
        edition.honoursPublished(published ? OffsetDateTime.now(BEIJING) : null);
        em.flush();
        audit.record(published ? "PUBLISH_HONOURS" : "WITHDRAW_HONOURS", AUDIT_TYPE, edition.getId(), null,
                before == null ? null : Map.of("publishedAt", before.toString()),
                edition.getHonoursPublishedAt() == null ? null
                        : Map.of("publishedAt", edition.getHonoursPublishedAt().toString()));
        return edition;
    }

    private EditionForm checked(EditionForm input, Edition existing) {
        EditionForm form = input == null ? null : input.stripped();
        List<Violation> more = new ArrayList<>();
        if (form != null) {
            if (form.ordinal() != null && em.createNamedQuery(Edition.BY_ORDINAL, Edition.class)
                    .setParameter("ordinal", form.ordinal()).getResultStream()
                    .anyMatch(other -> existing == null || !other.getId().equals(existing.getId()))) {
                more.add(new Violation("ordinal", "edition.ordinal.taken", form.ordinal()));
            }
            if (!form.calendarInOrder()) {
                more.add(new Violation("trackDeadline", "edition.calendar.order"));
            }
            if (form.minTeamSize() != null && form.maxTeamSize() != null && form.minTeamSize() > form.maxTeamSize()) {
                more.add(new Violation("maxTeamSize", "edition.teamSize.order"));
            }
        }
        validator.check(form, more);
        return form;
    }

    /** The form as the audit trail keeps it: each value as text. */
    private static Map<String, String> described(EditionForm f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ordinal", String.valueOf(f.ordinal()));
        values.put("year", String.valueOf(f.year()));
        values.put("nameZh", f.nameZh());
        values.put("nameEn", f.nameEn());
        values.put("registrationDeadline", String.valueOf(f.registrationDeadline()));
        values.put("trackDeadline", String.valueOf(f.trackDeadline()));
        values.put("finalsMonth", String.valueOf(f.finalsMonth()));
        values.put("teamSize", f.minTeamSize() + "-" + f.maxTeamSize());
        return values;
    }

    private Edition current(long editionId, int expectedVersion) {
        Edition edition = editions.edition(editionId);
        if (edition.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(edition.getNameZh());
        }
        return edition;
    }
}
