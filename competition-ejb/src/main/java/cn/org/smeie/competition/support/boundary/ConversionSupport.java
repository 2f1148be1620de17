package cn.org.smeie.competition.support.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.persistence.Store;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.registration.control.OwnRegistrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.results.control.ConfirmedAwards;
import cn.org.smeie.competition.support.entity.CaseStatus;
import cn.org.smeie.competition.support.entity.Expert;
import cn.org.smeie.competition.support.entity.ExpertForm;
import cn.org.smeie.competition.support.entity.SupportCase;
import cn.org.smeie.competition.support.entity.SupportKind;
import cn.org.smeie.competition.support.entity.SupportRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Commercialization support (成果转化支持): a team whose result won a confirmed prize (of its track or
 * of the finals) asks for legal advice, industrial design, intellectual property, financing
 * matchmaking or mentoring; the committee keeps the register of experts and mentors, assigns them
 * to the case, notes what happens and closes the case with its outcome. A team contact reaches only
 * its own teams' cases. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class ConversionSupport {

    static final String CASE = "SupportCase";
    static final String EXPERT = "Expert";
    private static final int NOTE_LENGTH = 2000;

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
    ConfirmedAwards awards;

    @Inject
    OwnRegistrations ownRegistrations;

    // ---- the teams' side ----------------------------------------------------------------------

    /** The caller's own teams that may ask for support: those with a confirmed prize. */
    @RolesAllowed(TEAM_ROLE)
    public List<Registration> eligibleTeams() {
        return em.createNamedQuery(Registration.OF_CONTACT, Registration.class).setParameter("contact", scope.caller().id())
                .getResultStream().filter(r -> !awards.ofRegistration(r.getId()).isEmpty()).toList();
    }

    /**
     * A team asks for support (its contact). Refused for another contact's team, for a team without a
     * confirmed prize, and while a case of the team asking for one of the same kinds is open.
     */
    @RolesAllowed(TEAM_ROLE)
    public SupportCase request(long registrationId, SupportRequest request) {
        Registration registration = ownRegistrations.own(registrationId, "requestSupport");
        validator.check(request);
        if (awards.ofRegistration(registrationId).isEmpty()) {
            throw new ConflictException("support.notEligible", registration.getTeamName());
        }
        for (SupportCase open : em.createNamedQuery(SupportCase.OPEN_OF_REGISTRATION, SupportCase.class)
                .setParameter("registration", registrationId).setParameter("closed", CaseStatus.CLOSED)
                .getResultList()) {
            if (open.overlaps(request.kinds())) {
                throw new ConflictException("support.openCase", open.getId());
            }
        }
        SupportCase supportCase = new SupportCase(registration, request, audit.callerName(), now());
        em.persist(supportCase);
        em.flush();
        audit.record("REQUEST", CASE, supportCase.getId(), registration.getTrack().getId(), null, request);
        return supportCase;
    }

    /** The support cases of the caller's own teams (a team contact), with their experts and notes. */
    @RolesAllowed(TEAM_ROLE)
    public List<SupportCase> mine() {
        return em.createNamedQuery(SupportCase.OF_CONTACT, SupportCase.class)
                .setParameter("contact", scope.caller().id()).getResultList();
    }

    // ---- the register of experts --------------------------------------------------------------

    @RolesAllowed(COMMITTEE_ROLE)
    public Expert registerExpert(ExpertForm form) {
        scope.caller();
        validator.check(form);
        Expert expert = new Expert(form);
        em.persist(expert);
        em.flush();
        audit.record("CREATE", EXPERT, expert.getId(), null, null, form);
        return expert;
    }

    /** Takes an expert off the list of those assigned from now on, or back on it. */
    @RolesAllowed(COMMITTEE_ROLE)
    public Expert setExpertActive(long expertId, int expectedVersion, boolean active) {
        scope.caller();
        Expert expert = store.find(Expert.class, EXPERT, expertId);
        if (expert.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(expert.getName());
        }
        boolean before = expert.isActive();
        expert.active(active);
        store.flush(expert.getName());
        audit.record(active ? "ENABLE" : "DISABLE", EXPERT, expertId, null, Map.of("active", before),
                Map.of("active", active));
        return expert;
    }

    /** The register, the active experts first. */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Expert> experts() {
        scope.caller();
        return em.createNamedQuery(Expert.ALL, Expert.class).getResultList();
    }

    // ---- the committee's cases ----------------------------------------------------------------

    @RolesAllowed(COMMITTEE_ROLE)
    public List<SupportCase> cases(long editionId) {
        scope.caller();
        return em.createNamedQuery(SupportCase.OF_EDITION, SupportCase.class).setParameter("edition", editionId)
                .getResultList();
    }

    /** Assigns an active expert who gives one of the kinds of support the case asks for. */
    @RolesAllowed(COMMITTEE_ROLE)
    public SupportCase assign(long caseId, int expectedVersion, long expertId) {
        scope.caller();
        SupportCase supportCase = current(caseId, expectedVersion);
        Expert expert = store.find(Expert.class, EXPERT, expertId);
        if (!expert.isActive()) {
            throw new ConflictException("support.expertInactive", expert.getName());
        }
        if (!expert.offersAnyOf(supportCase.getKinds())) {
            throw new ConflictException("support.expertUnsuited", expert.getName());
        }
        supportCase.assign(expert);
        return saved(supportCase, "ASSIGN", Map.of("expert", expertId, "name", expert.getName()));
    }

    /** A note on what was done or agreed. */
    @RolesAllowed(COMMITTEE_ROLE)
    public SupportCase note(long caseId, int expectedVersion, String text) {
        scope.caller();
        SupportCase supportCase = current(caseId, expectedVersion);
        String cleaned = Reasons.require("note", text, NOTE_LENGTH);
        supportCase.note(cleaned, audit.callerName(), now());
        return saved(supportCase, "NOTE", Map.of("note", cleaned));
    }

    /** Closes the case with its outcome (required). */
    @RolesAllowed(COMMITTEE_ROLE)
    public SupportCase close(long caseId, int expectedVersion, String outcome) {
        scope.caller();
        SupportCase supportCase = current(caseId, expectedVersion);
        String cleaned = Reasons.require("outcome", outcome, Reasons.MAX_LENGTH);
        supportCase.close(cleaned, now());
        return saved(supportCase, "CLOSE", Map.of("outcome", cleaned));
    }

    /** The edition's support in figures: per kind asked for, per status; per expert, assigned and closed. */
    @RolesAllowed(COMMITTEE_ROLE)
    public SupportReport report(long editionId) {
        List<SupportCase> cases = cases(editionId);
        Map<SupportKind, int[]> byKind = new EnumMap<>(SupportKind.class);
        Map<Long, SupportReport.ExpertLine> byExpert = new LinkedHashMap<>();
        for (SupportCase c : cases) {
            for (SupportKind kind : c.getKinds()) {
                byKind.computeIfAbsent(kind, k -> new int[CaseStatus.values().length])[c.getStatus().ordinal()]++;
            }
            for (Expert e : c.getExperts()) {
                SupportReport.ExpertLine line = byExpert.getOrDefault(e.getId(),
                        new SupportReport.ExpertLine(e.getId(), e.getName(), e.getOrganization(), 0, 0));
                byExpert.put(e.getId(), new SupportReport.ExpertLine(e.getId(), e.getName(), e.getOrganization(),
                        line.assigned() + 1, line.closed() + (c.getStatus() == CaseStatus.CLOSED ? 1 : 0)));
            }
        }
        List<SupportReport.KindLine> kinds = new ArrayList<>();
        byKind.forEach((kind, n) -> kinds.add(new SupportReport.KindLine(kind, n[CaseStatus.REQUESTED.ordinal()],
                n[CaseStatus.ASSIGNED.ordinal()], n[CaseStatus.CLOSED.ordinal()])));
        return new SupportReport(editionId, cases.size(), kinds, List.copyOf(byExpert.values()));
    }

    private SupportCase current(long caseId, int expectedVersion) {
        SupportCase supportCase = store.find(SupportCase.class, CASE, caseId);
        if (supportCase.getVersion() != expectedVersion) {
            throw new ConflictException("support.stale", caseId);
        }
        return supportCase;
    }

    private SupportCase saved(SupportCase supportCase, String action, Object after) {
        store.flush(String.valueOf(supportCase.getId()));
        audit.record(action, CASE, supportCase.getId(), supportCase.getRegistration().getTrack().getId(), null, after);
        return supportCase;
    }

    private static OffsetDateTime now() {
        return AuditTrail.now();
    }
}
