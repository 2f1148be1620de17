package cn.org.smeie.competition.careers.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.careers.entity.Position;
import cn.org.smeie.competition.careers.entity.PositionForm;
import cn.org.smeie.competition.careers.entity.Recommendation;
import cn.org.smeie.competition.careers.entity.RecommendationStatus;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.mail.control.Mailer;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.persistence.Store;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.results.control.ConfirmedAwards;
import cn.org.smeie.competition.results.entity.Award;
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
 * Job and internship recommendations (实习就业): the committee records the positions partner
 * enterprises offer, recommends the students of the teams with a confirmed prize of the national
 * finals (never anyone else, and only with the student's consent on record), and follows each
 * recommendation to its end; a team contact sees the recommendations of its own team's students.
 * Every change is audited and each recommendation is mailed to the student.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class Careers {

    static final String POSITION = "Position";
    static final String RECOMMENDATION = "Recommendation";
    private static final int CONSENT_LENGTH = 500;

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

    @Inject
    Mailer mailer;

    /** A new position of a partner enterprise in the edition. */
    @RolesAllowed(COMMITTEE_ROLE)
    public Position addPosition(long editionId, PositionForm form) {
        scope.caller();
        Edition edition = editions.edition(editionId);
        validator.check(form);
        Position position = new Position(edition, form, audit.callerName(), now());
        em.persist(position);
        em.flush();
        audit.record("CREATE", POSITION, position.getId(), null, null, form);
        return position;
    }

    /** New details of a position. */
    @RolesAllowed(COMMITTEE_ROLE)
    public Position updatePosition(long positionId, int expectedVersion, PositionForm form) {
        scope.caller();
        Position position = store.find(Position.class, POSITION, positionId);
        if (position.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(position.getTitle());
        }
        validator.check(form);
        PositionForm before = position.form();
        position.describe(form);
        store.flush(position.getTitle());
        audit.record("UPDATE", POSITION, positionId, null, before, form);
        return position;
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public List<Position> positions(long editionId) {
        scope.caller();
        return em.createNamedQuery(Position.OF_EDITION, Position.class).setParameter("edition", editionId)
                .getResultList();
    }

    /** The students of the teams with a confirmed prize of the edition's finals, the first prizes first. */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Candidate> candidates(long editionId) {
        scope.caller();
        List<Candidate> candidates = new ArrayList<>();
        for (Award award : awards.ofFinals(editionId)) {
            for (Member m : award.getRegistration().getMembers()) {
                if (m.getKind() == MemberKind.STUDENT) {
                    candidates.add(new Candidate(m.getId(), m.getName(), m.getOrganization(),
                            award.getRegistration().getId(), award.getRegistration().getTeamName(), award.getPrize()));
                }
            }
        }
        return candidates;
    }

    /**
     * Recommends a student to a position, with how the student consented ({@code consent}, required).
     * The student must be of a team with a confirmed finals prize of the position's edition, and is
     * recommended to a position once.
     */
    @RolesAllowed(COMMITTEE_ROLE)
    public Recommendation recommend(long positionId, long memberId, String consent) {
        scope.caller();
        Position position = store.find(Position.class, POSITION, positionId);
        String agreed = Reasons.require("consent", consent, CONSENT_LENGTH);
        Member member = em.find(Member.class, memberId);
        if (member == null || candidates(position.getEdition().getId()).stream()
                .noneMatch(c -> c.memberId() == memberId)) {
            throw new ConflictException("careers.notEligible");
        }
        if (em.createNamedQuery(Recommendation.COUNT_OF, Long.class).setParameter("position", positionId)
                .setParameter("member", memberId).getSingleResult() > 0) {
            throw new ConflictException("careers.alreadyRecommended", member.getName(), position.getTitle());
        }
        Recommendation recommendation = new Recommendation(position, member, agreed, audit.callerName(), now());
        em.persist(recommendation);
        em.flush();
        audit.record("RECOMMEND", RECOMMENDATION, recommendation.getId(), member.getRegistration().getTrack().getId(),
                null, Map.of("position", positionId, "member", memberId, "student", member.getName(),
                        "consent", agreed));
        mailer.send(member.getEmail(), "careers.recommended", member.getName(), position.getEnterprise(),
                position.getTitle(), position.getCity());
        return recommendation;
    }

    /** Moves a recommendation on (interviewed, offered, accepted or declined), with an optional note. */
    @RolesAllowed(COMMITTEE_ROLE)
    public Recommendation advance(long recommendationId, int expectedVersion, RecommendationStatus next, String note) {
        scope.caller();
        Recommendation recommendation = store.find(Recommendation.class, RECOMMENDATION, recommendationId);
        if (recommendation.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(recommendation.getMember().getName());
        }
        String cleaned = Reasons.optional("note", note, Reasons.MAX_LENGTH);
        RecommendationStatus before = recommendation.getStatus();
        recommendation.advance(next, cleaned, now());
        store.flush(recommendation.getMember().getName());
        audit.record("ADVANCE", RECOMMENDATION, recommendationId, recommendation.getRegistration().getTrack().getId(),
                Map.of("status", before.name()), cleaned == null ? Map.of("status", next.name())
                        : Map.of("status", next.name(), "note", cleaned));
        return recommendation;
    }

    /** Every recommendation of the edition (for the committee's list and its export). */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Recommendation> recommendations(long editionId) {
        scope.caller();
        return em.createNamedQuery(Recommendation.OF_EDITION, Recommendation.class).setParameter("edition", editionId)
                .getResultList();
    }

    /** The recommendations of the students of the caller's own teams (a team contact). */
    @RolesAllowed(TEAM_ROLE)
    public List<Recommendation> mine() {
        return em.createNamedQuery(Recommendation.OF_CONTACT, Recommendation.class)
                .setParameter("contact", scope.caller().id()).getResultList();
    }

    private static OffsetDateTime now() {
        return AuditTrail.now();
    }
}
