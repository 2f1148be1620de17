package cn.org.smeie.competition.certificate.entity;

/** A team's certificate, one of its members', or an honour's (an organizing unit or a member of staff). */
public enum CertificateKind {
    TEAM,
    MEMBER,
    HONOR
}
