package cn.org.smeie.competition.problemboard.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.control.EmailTokens;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.control.Mailer;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.persistence.Store;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.problemboard.control.ProblemChoices;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.problemboard.entity.ProblemAnswer;
import cn.org.smeie.competition.problemboard.entity.ProblemForm;
import cn.org.smeie.competition.problemboard.entity.ProblemStatus;
import cn.org.smeie.competition.registration.control.OwnRegistrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise problem board (揭榜): an enterprise posts a hard technical problem of a track before
 * its registration closes and gets a mailed link to follow it; the committee publishes or rejects
 * each posting; a team registers against a published problem of its track (with an expert of that
 * enterprise on the team); the enterprise confirms the teams whose results answer its problem. The
 * host of a track reads its track's problems. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class ProblemBoard {

    static final String PROBLEM = "EnterpriseProblem";
    static final String REGISTRATION = "Registration";
    /**
     * Postings of one contact waiting for the committee at a time: the form needs no account, so this
     * bounds what one address can pile up (and the mails it can be sent).
     */
    static final int MAX_PENDING_PER_CONTACT = 5;

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
    Mailer mailer;

    @Inject
    ProblemChoices choices;

    @Inject
    OwnRegistrations ownRegistrations;

    // ---- enterprises (no account) -------------------------------------------------------------

    /**
     * An enterprise posts a problem for an active track whose registration is still open; it waits
     * for the committee. The contact is mailed the link with the code to follow it.
     */
    @PermitAll
    public PostedProblem post(ProblemForm form) {
        List<Violation> more = new ArrayList<>();
        Track track = form == null || form.trackId() == null ? null : em.find(Track.class, form.trackId());
        if (form != null && form.trackId() != null && (track == null || !track.isActive())) {
            more.add(new Violation("trackId", "problems.trackUnknown"));
        }
        validator.check(form, more);
        if (!now().toInstant().isBefore(track.registrationClosesAt())) {
            throw new ConflictException("problems.registrationClosed", track.getCode());
        }
        if (em.createNamedQuery(EnterpriseProblem.COUNT_PENDING_OF_CONTACT, Long.class)
                .setParameter("email", form.contactEmail()).setParameter("pending", ProblemStatus.PENDING)
                .getSingleResult() >= MAX_PENDING_PER_CONTACT) {
            throw new ConflictException("problems.tooManyPending", MAX_PENDING_PER_CONTACT);
        }
        String code = EmailTokens.newToken();
        EnterpriseProblem problem = new EnterpriseProblem(track, form, EmailTokens.hash(code), now());
        em.persist(problem);
        em.flush();
        audit.recordAs(enterpriseActor(problem), "POST", PROBLEM, problem.getId(), track.getId(), null, form);
        mailer.sendUrgent(problem.getContactEmail(), "problems.posted", problem.getContactName(), problem.getTitle(),
                track.getCode(), code);
        return new PostedProblem(problem.getId(), code);
    }

    /** The published problems of an edition, for everyone (the board and the team's choice). */
    @PermitAll
    public List<EnterpriseProblem> published(long editionId) {
        return em.createNamedQuery(EnterpriseProblem.OF_EDITION, EnterpriseProblem.class)
                .setParameter("edition", editionId).getResultStream().filter(EnterpriseProblem::isPublished).toList();
    }

    /** The enterprise's view of its problem, by the code of its link; a wrong code finds nothing. */
    @PermitAll
    public EnterpriseView manage(String code) {
        EnterpriseProblem problem = byCode(code);
        List<EnterpriseView.Answer> answers = em.createNamedQuery(ProblemAnswer.OF_PROBLEM, ProblemAnswer.class)
                .setParameter("problem", problem.getId()).getResultStream()
                .map(a -> {
                    Registration r = a.getRegistration();
                    boolean drafting = r.getStatus().editableByTeam();
                    return new EnterpriseView.Answer(a.getId(), r.getTeamName(), r.getProjectTitle(),
                            drafting ? null : r.form().resultSummary(), r.getStatus(), a.getConfirmedAt(),
                            a.getConfirmationNote());
                }).toList();
        return new EnterpriseView(problem, answers);
    }

    /** The enterprise confirms that a submitted team's result answers its problem, with an optional note. */
    @PermitAll
    public EnterpriseView confirm(String code, long answerId, String note) {
        EnterpriseProblem problem = byCode(code);
        ProblemAnswer answer = em.find(ProblemAnswer.class, answerId);
        if (answer == null || !answer.getProblem().getId().equals(problem.getId())) {
            throw new NotFoundException("ProblemAnswer", answerId);
        }
        if (answer.getRegistration().getStatus().editableByTeam()
                || answer.getRegistration().getStatus() == RegistrationStatus.REJECTED) {
            throw new ConflictException("problems.notSubmitted", answer.getRegistration().getTeamName());
        }
        String cleaned = Reasons.optional("note", note, Reasons.MAX_LENGTH);
        answer.confirm(cleaned, now());
        store.flush(answer.getRegistration().getTeamName());
        audit.recordAs(enterpriseActor(problem), "CONFIRM_ANSWER", PROBLEM, problem.getId(),
                problem.getTrack().getId(), null, Map.of("registration", answer.getRegistration().getId(),
                        "note", cleaned == null ? "" : cleaned));
        return manage(code);
    }

    // ---- the committee and hosts ----------------------------------------------------------------

    /** Every posting of the edition, whatever its state (the committee moderates them). */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<EnterpriseProblem> all(long editionId) {
        scope.caller();
        return em.createNamedQuery(EnterpriseProblem.OF_EDITION, EnterpriseProblem.class)
                .setParameter("edition", editionId).getResultList();
    }

    /** The postings of a track, for its host or the committee. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<EnterpriseProblem> ofTrack(long trackId) {
        scope.requireTrack(trackId, "listProblems");
        return em.createNamedQuery(EnterpriseProblem.OF_TRACK, EnterpriseProblem.class).setParameter("track", trackId)
                .getResultList();
    }

    /** Publishes a posting, or rejects it (or takes a published one down) with a reason. */
    @RolesAllowed(COMMITTEE_ROLE)
    public EnterpriseProblem moderate(long problemId, int expectedVersion, boolean publish, String note) {
        scope.caller();
        EnterpriseProblem problem = store.find(EnterpriseProblem.class, PROBLEM, problemId);
        if (problem.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(problem.getTitle());
        }
        String why = publish ? Reasons.optional("reason", note, Reasons.MAX_LENGTH) : Reasons.require(note);
        ProblemStatus before = problem.getStatus();
        problem.moderate(publish, why, audit.callerName(), now());
        store.flush(problem.getTitle());
        audit.record(publish ? "PUBLISH" : "REJECT", PROBLEM, problemId, problem.getTrack().getId(),
                Map.of("status", before.name()), why == null ? Map.of("status", problem.getStatus().name())
                        : Map.of("status", problem.getStatus().name(), "note", why));
        return problem;
    }

    // ---- teams --------------------------------------------------------------------------------

    /** The problem the caller's registration answers, if any. */
    @RolesAllowed(TEAM_ROLE)
    public Optional<EnterpriseProblem> choiceOf(long registrationId) {
        ownRegistrations.own(registrationId, "readProblemChoice");
        return choices.of(registrationId).map(ProblemAnswer::getProblem);
    }

    /**
     * The team registers against a published problem of its track ({@code problemId} null: against
     * none) while it may still edit its registration; an enterprise expert of the problem's enterprise
     * must be on the team. A choice the enterprise has confirmed stands.
     */
    @RolesAllowed(TEAM_ROLE)
    public Optional<EnterpriseProblem> choose(long registrationId, Long problemId) {
        Registration registration = ownRegistrations.own(registrationId, "chooseProblem");
        if (!registration.getStatus().editableByTeam()) {
            throw new ConflictException("registration.notEditable", registration.getStatus());
        }
        Optional<ProblemAnswer> current = choices.of(registrationId);
        current.ifPresent(ProblemAnswer::requireUnconfirmed);
        Long before = current.map(a -> a.getProblem().getId()).orElse(null);
        if (problemId == null) {
            if (current.isEmpty()) {
                return Optional.empty(); // nothing chosen, nothing to give up: no change, nothing to audit
            }
            em.remove(current.get());
            em.flush();
            audit.record("CHOOSE_PROBLEM", REGISTRATION, registrationId, registration.getTrack().getId(),
                    Map.of("problem", before), null);
            return Optional.empty();
        }
        EnterpriseProblem problem = em.find(EnterpriseProblem.class, problemId);
        if (problem == null || !problem.isPublished()
                || !problem.getTrack().getId().equals(registration.getTrack().getId())) {
            throw new InvalidInputException(new Violation("problem", "problems.notOnBoard"));
        }
        choices.expertMissing(registration, problem).ifPresent(v -> {
            throw new InvalidInputException(v);
        });
        if (current.isPresent()) {
            current.get().rechoose(problem, now());
        } else {
            em.persist(new ProblemAnswer(problem, registration, now()));
        }
        store.flush(registration.getTeamName());
        audit.record("CHOOSE_PROBLEM", REGISTRATION, registrationId, registration.getTrack().getId(),
                before == null ? null : Map.of("problem", before), Map.of("problem", problemId));
        return Optional.of(problem);
    }

    private EnterpriseProblem byCode(String code) {
        String cleaned = code == null ? "" : code.strip();
        return em.createNamedQuery(EnterpriseProblem.BY_CODE, EnterpriseProblem.class)
                .setParameter("hash", EmailTokens.hash(cleaned)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(PROBLEM, "code"));
    }

    private static String enterpriseActor(EnterpriseProblem problem) {
        return "enterprise:" + problem.getContactEmail();
    }

    private static OffsetDateTime now() {
        return AuditTrail.now();
    }
}
