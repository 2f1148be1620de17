package cn.org.smeie.competition.judging.entity;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A judge's score sheet (评分表) for one team in one round. It exists from the moment the judge is
 * assigned to the team; the judge saves drafts, then submits, after which it is read-only until the
 * host of the track or the committee reopens it with a reason. The version guards against two tabs or
 * two people overwriting each other.
 */
@Entity
@Table(name = "judging_sheet")
@NamedQuery(name = ScoreSheet.OF_ROUND, query = "select s from ScoreSheet s where s.round.id = :round"
        + " order by s.registration.id, s.judge.id")
@NamedQuery(name = ScoreSheet.OF_JUDGE, query = "select s from ScoreSheet s join fetch s.registration"
        + " where s.judge.id = :judge and s.round.id = :round order by s.registration.id")
public class ScoreSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ROUND = "ScoreSheet.ofRound";
    public static final String OF_JUDGE = "ScoreSheet.ofJudge";

    @Id
    @SequenceGenerator(name = "judging_sheet_seq", sequenceName = "judging_sheet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judging_sheet_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_account_id", nullable = false, updatable = false)
    private Account judge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SheetStatus status = SheetStatus.ASSIGNED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "judging_score", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "criterion_code", length = 30)
    @Column(name = "score", precision = 6, scale = 1, nullable = false)
    private Map<String, BigDecimal> scores = new TreeMap<>();

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private OffsetDateTime assignedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    /** Why the sheet was last given back to its judge, while the judge has not submitted it again. */
    @Column(name = "returned_reason", length = 1000)
    private String returnedReason;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Version
    private int version;

    protected ScoreSheet() {
    }

    public ScoreSheet(Round round, Registration registration, Account judge, OffsetDateTime now) {
        this.round = Objects.requireNonNull(round);
        this.registration = Objects.requireNonNull(registration);
        this.judge = Objects.requireNonNull(judge);
        this.assignedAt = now;
    }

    /** Keeps the scores entered so far (a draft). */
    public void save(Map<String, BigDecimal> newScores, String newComment) {
        requireEditable();
        fill(newScores, newComment);
        status = SheetStatus.DRAFT;
    }

    /** Hands the sheet in: complete (the boundary checked), then read-only. */
    public void submit(Map<String, BigDecimal> newScores, String newComment, OffsetDateTime now) {
        requireEditable();
        fill(newScores, newComment);
        status = SheetStatus.SUBMITTED;
        submittedAt = now;
        returnedReason = null;
        returnedAt = null;
    }

    /**
     * The host or the committee gives a submitted sheet back to its judge, saying why; the scores stay until
     * changed, the reason until the judge submits again.
     */
    public void reopen(String reason, OffsetDateTime now) {
        if (status != SheetStatus.SUBMITTED) {
            throw new ConflictException("judging.sheet.notSubmitted", status.name());
        }
        status = SheetStatus.DRAFT;
        submittedAt = null;
        returnedReason = Objects.requireNonNull(reason);
        returnedAt = now;
    }

    /** Whether the assignment may be withdrawn: nothing scored on it yet. */
    public boolean isUntouched() {
        return status == SheetStatus.ASSIGNED;
    }

    private void fill(Map<String, BigDecimal> newScores, String newComment) {
        scores.clear();
        newScores.forEach((code, score) -> {
            if (score != null) {
                scores.put(code, score.setScale(1, RoundingMode.UNNECESSARY));
            }
        });
        comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
    }

    private void requireEditable() {
        if (status == SheetStatus.SUBMITTED) {
            throw new ConflictException("judging.sheet.submitted");
        }
    }

    /** The judge's weighted total, or null while a criterion is unscored. */
    public BigDecimal weightedTotal() {
        return CriterionForm.weightedTotal(round.settings().criteria(), scores);
    }

    public SheetSnapshot snapshot() {
        return new SheetSnapshot(registration.getId(), judge.getUsername(), status, new TreeMap<>(scores), comment);
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Account getJudge() {
        return judge;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public Map<String, BigDecimal> getScores() {
        return new TreeMap<>(scores);
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    /** Why the sheet was given back, or null when it was not (or was submitted again since). */
    public String getReturnedReason() {
        return returnedReason;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    public int getVersion() {
        return version;
    }
}
