package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.careers.boundary.Candidate;
import cn.org.smeie.competition.careers.boundary.Careers;
import cn.org.smeie.competition.careers.entity.Position;
import cn.org.smeie.competition.careers.entity.PositionForm;
import cn.org.smeie.competition.careers.entity.PositionKind;
import cn.org.smeie.competition.careers.entity.Recommendation;
import cn.org.smeie.competition.careers.entity.RecommendationStatus;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Job and internship recommendations (实习就业), the committee's page: positions of partner enterprises,
 * the students of the finals' prize winners, and the recommendations followed to their end. The rules
 * are the {@link Careers} boundary's.
 */
@Named
@ViewScoped
public class CareersConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> POSITION_FIELDS = Set.of("enterprise", "title", "kind", "city", "period",
            "description");

    @Inject
    Careers careers;

    @Inject
    AftercareEditions editions;

    @Inject
    Feedback feedback;

    private long edition;
    private List<Position> positions;
    private List<Candidate> candidates;
    private List<Recommendation> recommendations;
    private String enterprise;
    private String title;
    private PositionKind kind = PositionKind.INTERNSHIP;
    private String city;
    private String period;
    private String description;
    private Candidate recommending;
    private Long positionId;
    private String consent;
    private Recommendation advancing;
    private RecommendationStatus next;
    private String note;

    private Long editionId;

    /** Loads the edition of the page's parameter (the current one without it), on the page's first request. */
    public void load() {
        edition = editions.chosen(editionId);
        reload();
    }

    private void reload() {
        positions = careers.positions(edition);
        candidates = careers.candidates(edition);
        recommendations = careers.recommendations(edition);
    }

    public void addPosition() {
        try {
            Position p = careers.addPosition(edition, new PositionForm(enterprise, title, kind, city, period, description));
            feedback.info("careers.positionAdded", p.getTitle());
            enterprise = title = city = period = description = null;
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("positionForm", POSITION_FIELDS));
        }
    }

    public void startRecommendation(Candidate candidate) {
        recommending = candidate;
        positionId = positions.isEmpty() ? null : positions.get(0).getId();
        consent = null;
    }

    public void recommend() {
        try {
            Recommendation r = careers.recommend(positionId == null ? -1 : positionId, recommending.memberId(), consent);
            feedback.info("careers.recommended", r.getMember().getName(), r.getPosition().getTitle());
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "consent".equals(field) ? "recommendForm:consent" : null);
        }
    }

    public void startAdvance(Recommendation recommendation) {
        advancing = recommendation;
        next = recommendation.getStatus().next().stream().findFirst().orElse(null);
        note = null;
    }

    public void advance() {
        try {
            Recommendation r = careers.advance(advancing.getId(), advancing.getVersion(), next, note);
            feedback.info("careers.advanced", r.getMember().getName(), feedback.text("recommendationStatus." + r.getStatus()));
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "note".equals(field) ? "advanceForm:note" : null);
        }
    }

    public PositionKind[] getKinds() {
        return PositionKind.values();
    }

    /** The states the recommendation being moved on may take next. */
    public List<RecommendationStatus> getNextStates() {
        return advancing == null ? List.of() : List.copyOf(advancing.getStatus().next());
    }

    public List<Position> getPositions() {
        return positions;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<Recommendation> getRecommendations() {
        return recommendations;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PositionKind getKind() {
        return kind;
    }

    public void setKind(PositionKind kind) {
        this.kind = kind;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Candidate getRecommending() {
        return recommending;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public Recommendation getAdvancing() {
        return advancing;
    }

    public RecommendationStatus getNext() {
        return next;
    }

    public void setNext(RecommendationStatus next) {
        this.next = next;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
