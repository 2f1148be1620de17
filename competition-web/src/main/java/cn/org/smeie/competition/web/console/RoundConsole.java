package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.JudgingReports;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The judging of a track's round, for its host and the committee: the round's settings and state
 * (the committee's), the judges and their organizations, automatic assignment, progress per judge and
 * per team, reminders, and the sheets with "give back" for a submitted one. Rules are the
 * {@link Judging} boundary's; the page shows what it answers.
 */
@Named
@ViewScoped
public class RoundConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The choice of the finals' round in the track menu (the committee's). */
    public static final Long FINALS = -1L;

    @Inject
    Judging judging;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    Feedback feedback;

    private List<Track> tracks;
    private Long trackId;
    private Round round;
    private BigDecimal scaleMax;
    private BigDecimal step;
    private int judgesPerTeam;
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<Account> judges = List.of();
    private Map<Long, String> organizations = new HashMap<>();
    private List<ScoreSheet> sheets = List.of();
    private JudgingReports.Progress progress;
    private JudgingReports.Assignment lastAssignment;
    private ScoreSheet reopening;
    private String reason;

    @PostConstruct
    void init() {
        tracks = catalog.tracksOf(editions.current().getId());
        boolean finals = "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("finals"));
        trackId = finals ? FINALS : tracks.isEmpty() ? null : tracks.get(0).getId();
        load();
    }

    /** The chosen track's round (or the finals'), its judges, sheets and progress. */
    public void load() {
        lastAssignment = null;
        round = trackId == null ? null : judging.rounds(editions.current().getId()).stream()
                .filter(r -> FINALS.equals(trackId) ? r.getKind() == RoundKind.FINAL
                        : r.getTrack() != null && r.getTrack().getId().equals(trackId)).findFirst().orElse(null);
        if (round == null) {
            judges = List.of();
            sheets = List.of();
            progress = null;
            return;
        }
        RoundSettings settings = round.settings();
        scaleMax = settings.scaleMax();
        step = settings.step();
        judgesPerTeam = settings.judgesPerTeam();
        criteria = new ArrayList<>(settings.criteria().stream().map(CriterionRow::of).toList());
        judges = judging.judges(round.getId());
        organizations = new HashMap<>();
        judging.judgeOrganizations(round.getId()).forEach((id, names) -> organizations.put(id, String.join("；", names)));
        sheets = judging.sheetsOfRound(round.getId());
        progress = judging.progress(round.getId());
    }

    public void createRound() {
        change(() -> FINALS.equals(trackId) ? judging.createFinalRound(editions.current().getId())
                : judging.createTrackRound(trackId), "judging.created");
    }

    public void saveSettings() {
        change(() -> judging.configure(round.getId(), round.getVersion(), new RoundSettings(scaleMax, step,
                judgesPerTeam, round.getScoringOpensAt(), round.getScoringClosesAt(),
                criteria.stream().map(CriterionRow::form).toList())), "judging.configured");
    }

    public void startScoring() {
        change(() -> judging.startScoring(round.getId(), round.getVersion()), "judging.moved");
    }

    public void closeScoring() {
        change(() -> judging.closeScoring(round.getId(), round.getVersion()), "judging.moved");
    }

    public void reopenScoring() {
        change(() -> judging.reopenScoring(round.getId(), round.getVersion()), "judging.moved");
    }

    public void publish() {
        change(() -> judging.publish(round.getId(), round.getVersion()), "judging.moved");
    }

    public void saveOrganizations(Account judge) {
        try {
            String text = organizations.getOrDefault(judge.getId(), "");
            judging.setJudgeOrganizations(round.getId(), judge.getId(),
                    Arrays.stream(text.split("[;；,，\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            feedback.info("judging.organizationsSaved", judge.getDisplayName());
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public void assignAutomatically() {
        try {
            lastAssignment = judging.assignAutomatically(round.getId());
            feedback.info("judging.assigned", lastAssignment.added(), lastAssignment.teams(),
                    lastAssignment.shortOfJudges().size(), lastAssignment.minLoad(), lastAssignment.maxLoad());
            JudgingReports.Assignment kept = lastAssignment;
            load();
            lastAssignment = kept;
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public void remind() {
        try {
            feedback.info("judging.reminded", judging.remindJudges(round.getId()));
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public void startReopen(ScoreSheet sheet) {
        reopening = sheet;
        reason = null;
    }

    public void reopen() {
        try {
            judging.reopen(reopening.getId(), reopening.getVersion(), reason);
            feedback.info("judging.reopened", reopening.getRegistration().getTeamName());
            load();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "reason".equals(field) ? "reopenForm:reason" : null);
        }
    }

    private void change(Supplier<Round> action, String doneKey) {
        Optional<Round> changed = feedback.attempt(action, r -> r.getTrack() == null ? feedback.text("judge.finals")
                : r.getTrack().getCode(), doneKey);
        if (changed.isPresent()) {
            load();
        }
    }

    /** A criterion as the settings table edits it. */
    public static class CriterionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String nameZh;
        private String nameEn;
        private BigDecimal weight;

        static CriterionRow of(CriterionForm form) {
            CriterionRow row = new CriterionRow();
            row.code = form.code();
            row.nameZh = form.nameZh();
            row.nameEn = form.nameEn();
            row.weight = form.weight();
            return row;
        }

        CriterionForm form() {
            return new CriterionForm(code, nameZh, nameEn, weight);
        }

        public String getCode() {
            return code;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public Long getFinals() {
        return FINALS;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public Round getRound() {
        return round;
    }

    public BigDecimal getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(BigDecimal scaleMax) {
        this.scaleMax = scaleMax;
    }

    public BigDecimal getStep() {
        return step;
    }

    public void setStep(BigDecimal step) {
        this.step = step;
    }

    public int getJudgesPerTeam() {
        return judgesPerTeam;
    }

    public void setJudgesPerTeam(int judgesPerTeam) {
        this.judgesPerTeam = judgesPerTeam;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public List<Account> getJudges() {
        return judges;
    }

    public Map<Long, String> getOrganizations() {
        return organizations;
    }

    public List<ScoreSheet> getSheets() {
        return sheets;
    }

    public JudgingReports.Progress getProgress() {
        return progress;
    }

    public JudgingReports.Assignment getLastAssignment() {
        return lastAssignment;
    }

    public ScoreSheet getReopening() {
        return reopening;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
