package cn.org.smeie.competition.certificate.entity;

import cn.org.smeie.competition.platform.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A certificate (荣誉证书) as it was issued: its serial number and verification code, whom it honours
 * and for what — a team, a member of a team, an organizing unit or a member of staff — and where its
 * file stands. What it says is fixed when it is planned, so rendering it again gives the same bytes.
 * One certificate of a subject stands at a time ({@code subjectKey}); a revoked one steps aside for
 * its reissue.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "select c from Certificate c where c.verificationCode = :code")
@NamedQuery(name = Certificate.BY_SERIAL, query = "select c from Certificate c where c.serial = :code")
@NamedQuery(name = Certificate.BY_SUBJECT, query = "select c from Certificate c where c.subjectKey = :subject")
public class Certificate implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_CODE = "Certificate.byCode";
    public static final String BY_SERIAL = "Certificate.bySerial";
    public static final String BY_SUBJECT = "Certificate.bySubject";

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String serial;

    @Column(name = "verification_code", nullable = false, length = 40, updatable = false)
    private String verificationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private CertificateKind kind;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private long editionId;

    @Column(name = "award_id", updatable = false)
    private Long awardId;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(name = "honor_id", updatable = false)
    private Long honorId;

    @Column(name = "registration_id", updatable = false)
    private Long registrationId;

    @Column(name = "track_id", updatable = false)
    private Long trackId;

    @Column(nullable = false, length = 300, updatable = false)
    private String holder;

    @Column(name = "holder_role", length = 100, updatable = false)
    private String holderRole;

    @Column(name = "team_name", length = 200, updatable = false)
    private String teamName;

    @Column(length = 1000, updatable = false)
    private String organizations;

    @Column(length = 2000, updatable = false)
    private String members;

    @Column(nullable = false, length = 200, updatable = false)
    private String distinction;

    @Column(name = "scope_name", nullable = false, length = 200, updatable = false)
    private String scopeName;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CertificateStatus status = CertificateStatus.PENDING;

    @Column(length = 1000)
    private String failure;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "generated_at")
    private OffsetDateTime generatedAt;

    @Column(name = "revoked_reason", length = 1000)
    private String revokedReason;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "reissued_as", length = 60)
    private String reissuedAs;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String subjectKey;

    @Version
    private int version;

    protected Certificate() {
    }

    /** A planned certificate; {@link Content} says what it will say. */
    public Certificate(String serial, String verificationCode, CertificateKind kind, long editionId, Subject subject,
                       Content content) {
        this.serial = Objects.requireNonNull(serial);
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.kind = Objects.requireNonNull(kind);
        this.editionId = editionId;
        this.awardId = subject.awardId();
        this.memberId = subject.memberId();
        this.honorId = subject.honorId();
        this.registrationId = subject.registrationId();
        this.trackId = subject.trackId();
        this.subjectKey = subject.key();
        this.holder = content.holder();
        this.holderRole = content.holderRole();
        this.teamName = content.teamName();
        this.organizations = content.organizations();
        this.members = content.members();
        this.distinction = content.distinction();
        this.scopeName = content.scopeName();
        this.issuedOn = content.issuedOn();
    }

    /** Whom or what a certificate is for: an award (a team, or one member of it) or an honour. */
    public record Subject(Long awardId, Long memberId, Long honorId, Long registrationId, Long trackId) {

        /** The key a standing certificate of the subject holds. */
        public String key() {
            return honorId != null ? "H" + honorId : "A" + awardId + (memberId == null ? "" : "M" + memberId);
        }
    }

    /**
     * What a certificate says: the holder (a team, a person or an organization) and their role, the
     * team and its universities × enterprises, the members (a team's certificate), the distinction
     * (一等奖, 优秀组织单位, …), where (a track or the finals) and the date of issue.
     */
    public record Content(String holder, String holderRole, String teamName, String organizations, String members,
                          String distinction, String scopeName, LocalDate issuedOn) implements Serializable {
    }

    /** The file is on disk: its name in the certificates folder, checksum and size. */
    public void generated(String file, String checksum, long size, OffsetDateTime now) {
        if (status == CertificateStatus.REVOKED) {
            throw new ConflictException("certificate.revoked", serial);
        }
        status = CertificateStatus.GENERATED;
        fileName = file;
        sha256 = checksum;
        sizeBytes = size;
        generatedAt = now;
        failure = null;
    }

    /** It could not be rendered; a later run tries again. */
    public void failed(String reason) {
        if (status == CertificateStatus.PENDING || status == CertificateStatus.FAILED) {
            status = CertificateStatus.FAILED;
            failure = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        }
    }

    /** The committee withdraws it; it steps aside so that its subject can get a new one. */
    public void revoke(String reason, String by, OffsetDateTime now) {
        if (status == CertificateStatus.REVOKED) {
            throw new ConflictException("certificate.revoked", serial);
        }
        status = CertificateStatus.REVOKED;
        revokedReason = reason;
        revokedBy = by;
        revokedAt = now;
        subjectKey = "R" + id;
    }

    /** The serial of the certificate that replaced this revoked one. */
    public void reissuedAs(String newSerial) {
        reissuedAs = newSerial;
    }

    /** What the certificate says, to render it. */
    public Content content() {
        return new Content(holder, holderRole, teamName, organizations, members, distinction, scopeName, issuedOn);
    }

    public Subject subject() {
        return new Subject(awardId, memberId, honorId, registrationId, trackId);
    }

    public boolean isValid() {
        return status != CertificateStatus.REVOKED;
    }

    public Long getId() {
        return id;
    }

    public String getSerial() {
        return serial;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public long getEditionId() {
        return editionId;
    }

    public Long getAwardId() {
        return awardId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getHonorId() {
        return honorId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getTrackId() {
        return trackId;
    }

    public String getHolder() {
        return holder;
    }

    public String getHolderRole() {
        return holderRole;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getOrganizations() {
        return organizations;
    }

    public String getMembers() {
        return members;
    }

    public String getDistinction() {
        return distinction;
    }

    public String getScopeName() {
        return scopeName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public OffsetDateTime getGeneratedAt() {
        return generatedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getReissuedAs() {
        return reissuedAs;
    }

    public int getVersion() {
        return version;
    }
}
