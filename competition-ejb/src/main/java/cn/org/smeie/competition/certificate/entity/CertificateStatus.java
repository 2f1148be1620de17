package cn.org.smeie.competition.certificate.entity;

/**
 * PENDING (planned: serial and code given, no file yet) → GENERATED (the file is on disk, its checksum
 * recorded) or FAILED (it could not be rendered, with the reason; a later run tries again) → REVOKED
 * (by the committee, with a reason).
 */
public enum CertificateStatus {
    PENDING,
    GENERATED,
    FAILED,
    REVOKED
}
