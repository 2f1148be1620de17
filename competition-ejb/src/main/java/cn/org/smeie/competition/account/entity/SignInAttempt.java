package cn.org.smeie.competition.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One sign-in attempt, kept to lock out guessing and for the record. */
@Entity
@Table(name = "sign_in_attempt")
@NamedQuery(name = SignInAttempt.FAILURES_OF_USER, query = "select count(a) from SignInAttempt a"
        + " where a.username = :username and a.succeeded = false and a.attemptedAt > :since")
@NamedQuery(name = SignInAttempt.FAILURES_FROM_ADDRESS, query = "select count(a) from SignInAttempt a"
        + " where a.address = :address and a.succeeded = false and a.attemptedAt > :since")
@NamedQuery(name = SignInAttempt.LAST_SUCCESS_OF_USER, query = "select max(a.attemptedAt) from SignInAttempt a"
        + " where a.username = :username and a.succeeded = true")
public class SignInAttempt {

    public static final String FAILURES_OF_USER = "SignInAttempt.failuresOfUser";
    public static final String FAILURES_FROM_ADDRESS = "SignInAttempt.failuresFromAddress";
    public static final String LAST_SUCCESS_OF_USER = "SignInAttempt.lastSuccessOfUser";

    @Id
    @SequenceGenerator(name = "sign_in_attempt_seq", sequenceName = "sign_in_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_attempt_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(nullable = false, length = 64, updatable = false)
    private String address;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private OffsetDateTime attemptedAt;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    protected SignInAttempt() {
    }

    public SignInAttempt(String username, String address, OffsetDateTime attemptedAt, boolean succeeded) {
        this.username = username;
        this.address = address;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
    }
}
