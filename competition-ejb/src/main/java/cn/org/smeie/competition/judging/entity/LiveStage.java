package cn.org.smeie.competition.judging.entity;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * The stage of a FINAL round during the live finals (评委亮分): the team presenting, and whether its
 * final score has been revealed. The committee puts a team on stage, reveals its score once every
 * judge has submitted, and calls the next team; whether the audience may watch without an account
 * is its choice too.
 */
@Entity
@Table(name = "finals_stage")
public class LiveStage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id")
    private Registration onStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StagePhase phase = StagePhase.WAITING;

    @Column(name = "audience_public", nullable = false)
    private boolean audiencePublic;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private int version;

    protected LiveStage() {
    }

    public LiveStage(Round round, OffsetDateTime now) {
        if (round.getKind() != RoundKind.FINAL) {
            throw new IllegalArgumentException("only a FINAL round has a live stage");
        }
        this.roundId = round.getId();
        this.changedAt = now;
    }

    /** Puts a team on stage: its judges' totals appear as they submit; its final score stays hidden. */
    public void present(Registration team, OffsetDateTime now) {
        onStage = team;
        phase = StagePhase.ON_STAGE;
        changedAt = now;
    }

    /** Shows the final score of the team on stage. */
    public void reveal(OffsetDateTime now) {
        if (phase != StagePhase.ON_STAGE) {
            throw new ConflictException("finals.stage.nothingToReveal");
        }
        phase = StagePhase.REVEALED;
        changedAt = now;
    }

    public void openToAudience(boolean open, OffsetDateTime now) {
        audiencePublic = open;
        changedAt = now;
    }

    public boolean isOnStage(long registrationId) {
        return onStage != null && onStage.getId() == registrationId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Registration getOnStage() {
        return onStage;
    }

    public StagePhase getPhase() {
        return phase;
    }

    public boolean isAudiencePublic() {
        return audiencePublic;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public int getVersion() {
        return version;
    }
}
