package cn.org.smeie.competition.results.entity;

import cn.org.smeie.competition.platform.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The results of one round as the committee plans them: the ranking rule, the award quotas and prize
 * money, and where the awards stand — proposed from a ranking snapshot, reviewed by the track's host
 * (a track round), confirmed and locked by the committee. Once confirmed nothing of it changes.
 */
@Entity
@Table(name = "result_plan")
public class ResultPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RankingRule.Method method;

    @Column(nullable = false)
    private boolean normalized;

    @Column(name = "tie_breaks", nullable = false, length = 500)
    private String tieBreaks;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_kind", nullable = false, length = 10)
    private Quotas.Kind quotaKind;

    @Column(name = "first_prizes", nullable = false)
    private int firstPrizes;

    @Column(name = "second_prizes", nullable = false)
    private int secondPrizes;

    @Column(name = "third_prizes", nullable = false)
    private int thirdPrizes;

    @Column(name = "first_prize_money", precision = 12, scale = 2)
    private BigDecimal firstPrizeMoney;

    @Column(name = "second_prize_money", precision = 12, scale = 2)
    private BigDecimal secondPrizeMoney;

    @Column(name = "third_prize_money", precision = 12, scale = 2)
    private BigDecimal thirdPrizeMoney;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_status", nullable = false, length = 20)
    private AwardStatus awardStatus = AwardStatus.NONE;

    @Column(name = "snapshot_id")
    private Long snapshotId;

    /** The quotas the current proposal was made under, and when (null before any proposal). */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_quota_kind", length = 10)
    private Quotas.Kind proposedQuotaKind;

    @Column(name = "proposed_first")
    private Integer proposedFirst;

    @Column(name = "proposed_second")
    private Integer proposedSecond;

    @Column(name = "proposed_third")
    private Integer proposedThird;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Version
    private int version;

    protected ResultPlan() {
    }

    public ResultPlan(long roundId, RankingRule rule, Quotas quotas) {
        this.roundId = roundId;
        rule(rule);
        quotas(quotas);
    }

    /** A new ranking rule; not once the awards are confirmed. */
    public void rule(RankingRule rule) {
        requireOpen();
        method = rule.method();
        normalized = rule.normalized();
        tieBreaks = rule.chain();
    }

    /** New quotas and prize money; not once the awards are confirmed. */
    public void quotas(Quotas quotas) {
        requireOpen();
        quotaKind = quotas.kind();
        firstPrizes = quotas.first();
        secondPrizes = quotas.second();
        thirdPrizes = quotas.third();
        firstPrizeMoney = quotas.firstMoney();
        secondPrizeMoney = quotas.secondMoney();
        thirdPrizeMoney = quotas.thirdMoney();
    }

    /**
     * Awards were proposed from this snapshot under the plan's quotas as they are now: any review of an earlier
     * proposal no longer holds.
     */
    public void proposed(long snapshot, OffsetDateTime now) {
        requireOpen();
        snapshotId = snapshot;
        awardStatus = AwardStatus.PROPOSED;
        proposedQuotaKind = quotaKind;
        proposedFirst = firstPrizes;
        proposedSecond = secondPrizes;
        proposedThird = thirdPrizes;
        proposedAt = now;
        reviewedBy = null;
        reviewedAt = null;
        reviewNote = null;
    }

    /** The host of the track agrees with the proposal. */
    public void reviewed(String by, String note, OffsetDateTime now) {
        if (awardStatus != AwardStatus.PROPOSED) {
            throw new ConflictException("results.awards.notProposed", awardStatus.name());
        }
        awardStatus = AwardStatus.REVIEWED;
        reviewedBy = by;
        reviewedAt = now;
        reviewNote = note;
    }

    /**
     * The committee confirms and locks the awards: a track round's once its host has reviewed them,
     * the finals' once proposed.
     */
    public void confirmed(boolean reviewRequired, String by, OffsetDateTime now) {
        boolean ready = awardStatus == AwardStatus.REVIEWED || !reviewRequired && awardStatus == AwardStatus.PROPOSED;
        if (!ready) {
            throw new ConflictException(reviewRequired ? "results.awards.notReviewed" : "results.awards.notProposed",
                    awardStatus.name());
        }
        awardStatus = AwardStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = now;
    }

    /** Whether proposed awards are waiting for review or confirmation (a change of quotas proposes them anew). */
    public boolean isProposalOpen() {
        return awardStatus == AwardStatus.PROPOSED || awardStatus == AwardStatus.REVIEWED;
    }

    /** The quotas the current proposal was made under (without prize money), or null before any proposal. */
    public Quotas proposedWith() {
        return proposedQuotaKind == null ? null
                : new Quotas(proposedQuotaKind, proposedFirst, proposedSecond, proposedThird, null, null, null);
    }

    public OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    public boolean isConfirmed() {
        return awardStatus == AwardStatus.CONFIRMED;
    }

    private void requireOpen() {
        if (awardStatus == AwardStatus.CONFIRMED) {
            throw new ConflictException("results.awards.confirmed");
        }
    }

    public RankingRule rule() {
        return new RankingRule(method, normalized, RankingRule.chainOf(tieBreaks));
    }

    public Quotas quotas() {
        return new Quotas(quotaKind, firstPrizes, secondPrizes, thirdPrizes, firstPrizeMoney, secondPrizeMoney,
                thirdPrizeMoney);
    }

    public Long getRoundId() {
        return roundId;
    }

    public AwardStatus getAwardStatus() {
        return awardStatus;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public int getVersion() {
        return version;
    }
}
