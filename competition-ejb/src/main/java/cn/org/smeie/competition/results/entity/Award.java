package cn.org.smeie.competition.results.entity;

import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.registration.entity.Registration;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A prize of a round for a team (一等奖, 二等奖, 三等奖), as proposed from a ranking snapshot; it holds
 * once the committee confirms the round's awards ({@link ResultPlan}).
 */
@Entity
@Table(name = "award")
@NamedQuery(name = Award.OF_ROUND, query = "select a from Award a join fetch a.registration"
        + " where a.round.id = :round order by a.rank, a.registration.id")
public class Award implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ROUND = "Award.ofRound";

    @Id
    @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Prize prize;

    @Column(name = "team_rank", nullable = false, updatable = false)
    private int rank;

    @Column(nullable = false, precision = 8, scale = 2, updatable = false)
    private BigDecimal score;

    @Column(name = "prize_money", precision = 12, scale = 2, updatable = false)
    private BigDecimal prizeMoney;

    protected Award() {
    }

    public Award(Round round, Registration registration, Prize prize, int rank, BigDecimal score,
                 BigDecimal prizeMoney) {
        this.round = Objects.requireNonNull(round);
        this.registration = Objects.requireNonNull(registration);
        this.prize = Objects.requireNonNull(prize);
        this.rank = rank;
        this.score = Objects.requireNonNull(score);
        this.prizeMoney = prizeMoney;
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

    public Prize getPrize() {
        return prize;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getPrizeMoney() {
        return prizeMoney;
    }
}
