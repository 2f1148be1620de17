package cn.org.smeie.competition.judging.entity;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A round of judging (评审轮次): the TRACK round of one track, or the FINAL round (全国总决赛) of an
 * edition. It carries its criteria and scale, and moves OPEN → SCORING → CLOSED → PUBLISHED; its
 * settings change only while it is OPEN, and judges score only while it is SCORING.
 */
@Entity
@Table(name = "judging_round")
@NamedQuery(name = Round.BY_SCOPE, query = "select r from Round r where r.scopeKey = :scope")
@NamedQuery(name = Round.OF_EDITION, query = "select r from Round r left join fetch r.track"
        + " where r.edition.id = :edition order by r.kind, r.id")
public class Round implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_SCOPE = "Round.byScope";
    public static final String OF_EDITION = "Round.ofEdition";

    /** The order people look for rounds in: the tracks by their code, then the finals. */
    public static final Comparator<Round> TRACK_ORDER = Comparator.comparing(
            (Round r) -> r.getTrack() == null ? null : r.getTrack().getCode(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    @Id
    @SequenceGenerator(name = "judging_round_seq", sequenceName = "judging_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judging_round_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    private Edition edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id", updatable = false)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RoundKind kind;

    @Column(name = "scope_key", nullable = false, length = 40, updatable = false)
    private String scopeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "scale_max", nullable = false, precision = 6, scale = 1)
    private BigDecimal scaleMax;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal step;

    @Column(name = "judges_per_team", nullable = false)
    private int judgesPerTeam;

    @Column(name = "scoring_opens_at")
    private LocalDateTime scoringOpensAt;

    @Column(name = "scoring_closes_at")
    private LocalDateTime scoringClosesAt;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private int version;

    protected Round() {
    }

    private Round(Edition edition, Track track, RoundKind kind, String scopeKey, RoundSettings settings) {
        this.edition = Objects.requireNonNull(edition);
        this.track = track;
        this.kind = kind;
        this.scopeKey = scopeKey;
        configure(settings);
    }

    public static Round ofTrack(Track track, RoundSettings settings) {
        return new Round(track.getEdition(), track, RoundKind.TRACK, scopeOfTrack(track.getId()), settings);
    }

    public static Round finalOf(Edition edition, RoundSettings settings) {
        return new Round(edition, null, RoundKind.FINAL, scopeOfFinal(edition.getId()), settings);
    }

    public static String scopeOfTrack(long trackId) {
        return "TRACK:" + trackId;
    }

    public static String scopeOfFinal(long editionId) {
        return "FINAL:" + editionId;
    }

    /** New settings; only while the round is being set up. */
    public void configure(RoundSettings settings) {
        if (status != RoundStatus.OPEN) {
            throw new ConflictException("judging.round.notOpen", status.name());
        }
        scaleMax = settings.scaleMax();
        step = settings.step();
        judgesPerTeam = settings.judgesPerTeam();
        scoringOpensAt = settings.scoringOpensAt();
        scoringClosesAt = settings.scoringClosesAt();
        // a criterion whose code stays is updated in place: removing and adding it again would insert the
        // new row before the old one is deleted and clash with the (round, code) key
        List<CriterionForm> forms = settings.criteria();
        criteria.removeIf(c -> forms.stream().noneMatch(f -> f.code().equals(c.getCode())));
        for (int i = 0; i < forms.size(); i++) {
            CriterionForm form = forms.get(i);
            int position = i;
            criteria.stream().filter(c -> c.getCode().equals(form.code())).findFirst().ifPresentOrElse(
                    c -> c.update(position, form), () -> criteria.add(new Criterion(this, position, form)));
        }
        criteria.sort(Comparator.comparingInt(Criterion::getPosition));
    }

    /** Judges may score from now on. */
    public void startScoring() {
        move(RoundStatus.OPEN, RoundStatus.SCORING);
    }

    /** No more scores (the committee may open scoring again while results are not published). */
    public void close() {
        move(RoundStatus.SCORING, RoundStatus.CLOSED);
    }

    public void reopenScoring() {
        move(RoundStatus.CLOSED, RoundStatus.SCORING);
    }

    public void publish() {
        move(RoundStatus.CLOSED, RoundStatus.PUBLISHED);
    }

    private void move(RoundStatus from, RoundStatus to) {
        if (status != from) {
            throw new ConflictException("judging.round.wrongStatus", status.name(), from.name());
        }
        status = to;
    }

    /** Refuses scores unless the round is scoring. */
    public void requireScoring() {
        if (status != RoundStatus.SCORING) {
            throw new ConflictException("judging.round.notScoring", status.name());
        }
    }

    public RoundSettings settings() {
        return new RoundSettings(scaleMax, step, judgesPerTeam, scoringOpensAt, scoringClosesAt,
                criteria.stream().map(Criterion::form).toList());
    }

    public List<String> criterionCodes() {
        return criteria.stream().map(Criterion::getCode).toList();
    }

    /** The round as the audit trail keeps it. */
    public RoundSnapshot snapshot() {
        return new RoundSnapshot(kind, track == null ? null : track.getCode(), status, settings());
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    /** The track of a TRACK round; null for the FINAL round. */
    public Track getTrack() {
        return track;
    }

    public RoundKind getKind() {
        return kind;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public BigDecimal getScaleMax() {
        return scaleMax;
    }

    public BigDecimal getStep() {
        return step;
    }

    public int getJudgesPerTeam() {
        return judgesPerTeam;
    }

    public LocalDateTime getScoringOpensAt() {
        return scoringOpensAt;
    }

    public LocalDateTime getScoringClosesAt() {
        return scoringClosesAt;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public int getVersion() {
        return version;
    }
}
