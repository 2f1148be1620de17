package cn.org.smeie.competition.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** One team's line of a ranking snapshot: its rank (none without a submitted sheet), score and how it came about. */
@Embeddable
public class RankedTeam implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "team_rank")
    private Integer rank;

    @Column(precision = 8, scale = 2)
    private BigDecimal score;

    @Column(name = "untrimmed_mean", precision = 8, scale = 2)
    private BigDecimal untrimmedMean;

    @Column(nullable = false)
    private int judges;

    /** Account ids of the judges whose totals the rule dropped, comma-separated. */
    @Column(name = "dropped_judges", length = 200)
    private String droppedJudges;

    /** The tie-break values, {@code NAME=value} comma-separated, in the chain's order. */
    @Column(name = "tie_break_values", length = 1000)
    private String tieBreakValues;

    @Column(nullable = false)
    private boolean tied;

    protected RankedTeam() {
    }

    public RankedTeam(long registrationId, Integer rank, BigDecimal score, BigDecimal untrimmedMean, int judges,
                      String droppedJudges, String tieBreakValues, boolean tied) {
        this.registrationId = registrationId;
        this.rank = rank;
        this.score = score;
        this.untrimmedMean = untrimmedMean;
        this.judges = judges;
        this.droppedJudges = droppedJudges;
        this.tieBreakValues = tieBreakValues;
        this.tied = tied;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public Integer getRank() {
        return rank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getUntrimmedMean() {
        return untrimmedMean;
    }

    public int getJudges() {
        return judges;
    }

    public String getDroppedJudges() {
        return droppedJudges;
    }

    public String getTieBreakValues() {
        return tieBreakValues;
    }

    public boolean isTied() {
        return tied;
    }
}
