package cn.org.smeie.competition.problemboard.entity;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A team's registration against a posted problem (揭榜): chosen by the team, and confirmed by the
 * enterprise once the team's result answers its problem.
 */
@Entity
@Table(name = "problem_answer")
@NamedQuery(name = ProblemAnswer.OF_REGISTRATION, query = "select a from ProblemAnswer a join fetch a.problem"
        + " where a.registration.id = :registration")
@NamedQuery(name = ProblemAnswer.OF_PROBLEM, query = "select a from ProblemAnswer a join fetch a.registration"
        + " where a.problem.id = :problem order by a.id")
public class ProblemAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_REGISTRATION = "ProblemAnswer.ofRegistration";
    public static final String OF_PROBLEM = "ProblemAnswer.ofProblem";

    @Id
    @SequenceGenerator(name = "problem_answer_seq", sequenceName = "problem_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false)
    private EnterpriseProblem problem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "chosen_at", nullable = false)
    private OffsetDateTime chosenAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "confirmation_note", length = 1000)
    private String confirmationNote;

    @Version
    private int version;

    protected ProblemAnswer() {
    }

    public ProblemAnswer(EnterpriseProblem problem, Registration registration, OffsetDateTime now) {
        this.problem = Objects.requireNonNull(problem);
        this.registration = Objects.requireNonNull(registration);
        this.chosenAt = now;
    }

    /** The team chooses another problem; allowed until the enterprise has confirmed an answer. */
    public void rechoose(EnterpriseProblem other, OffsetDateTime now) {
        requireUnconfirmed();
        problem = Objects.requireNonNull(other);
        chosenAt = now;
    }

    /** The enterprise confirms that the team's result answers its problem. */
    public void confirm(String note, OffsetDateTime now) {
        requireUnconfirmed();
        confirmedAt = now;
        confirmationNote = note;
    }

    public void requireUnconfirmed() {
        if (confirmedAt != null) {
            throw new ConflictException("problems.confirmedAlready", registration.getTeamName());
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public EnterpriseProblem getProblem() {
        return problem;
    }

    public Registration getRegistration() {
        return registration;
    }

    public OffsetDateTime getChosenAt() {
        return chosenAt;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmationNote() {
        return confirmationNote;
    }

    public int getVersion() {
        return version;
    }
}
