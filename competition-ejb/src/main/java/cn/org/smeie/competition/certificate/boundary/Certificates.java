package cn.org.smeie.competition.certificate.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.Caller;
import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.certificate.control.CertificateLedger;
import cn.org.smeie.competition.certificate.control.CertificatePlanner;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.files.DataFolder;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates (荣誉证书): anyone verifies one by its code; a team contact reads and downloads its
 * team's and its members' certificates; the host of a track those of its track, one by one or as a
 * zip; the committee all of them, and revokes (with a reason) and reissues them. Who may reach a
 * certificate is decided here, before anything of it is read; revocations and reissues are audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class Certificates {

    static final String CERTIFICATE = "Certificate";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    CertificateLedger ledger;

    @Inject
    CertificatePlanner planner;

    @Inject
    DataFolder data;

    /**
     * A certificate as the public verification page shows it, found by its verification code (the QR code's) or by
     * the serial printed on it; the same answer for a wrong code and none, and the same for either way of asking.
     */
    @PermitAll
    public Verification verify(String code) {
        String cleaned = code == null ? "" : code.strip().toUpperCase();
        Certificate c = issued(Certificate.BY_CODE, cleaned).or(() -> issued(Certificate.BY_SERIAL, cleaned))
                .orElseThrow(() -> new NotFoundException("Certificate", cleaned));
        return new Verification(c.getSerial(), c.getHolder(), c.getHolderRole(), c.getTeamName(), c.getDistinction(),
                c.getScopeName(), c.getIssuedOn(), c.isValid(), c.getRevokedReason(), c.getReissuedAs());
    }

    /** The certificate found by a named query of one parameter, {@code code}, if it has been issued. */
    private Optional<Certificate> issued(String query, String code) {
        return em.createNamedQuery(query, Certificate.class).setParameter("code", code).getResultStream()
                .filter(found -> found.getStatus() != CertificateStatus.PENDING
                        && found.getStatus() != CertificateStatus.FAILED).findFirst();
    }

    /** The certificates of the caller's own teams (a team contact): the team's and its members'. */
    @RolesAllowed(TEAM_ROLE)
    public List<Certificate> mine() {
        return em.createQuery("select c from Certificate c, Registration r where c.registrationId = r.id"
                        + " and r.contact.id = :me order by c.serial", Certificate.class)
                .setParameter("me", scope.caller().id()).getResultList();
    }

    /** The certificates of a track (its host, or the committee): its awards' and its honours'. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Certificate> ofTrack(long trackId) {
        scope.requireTrack(trackId, "listCertificates");
        return em.createQuery("select c from Certificate c where c.trackId = :track order by c.serial",
                Certificate.class).setParameter("track", trackId).getResultList();
    }

    /** Every certificate of an edition (the committee), those that failed first. */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Certificate> ofEdition(long editionId) {
        return em.createQuery("select c from Certificate c where c.editionId = :edition order by"
                        + " case when c.status = :failed then 0 else 1 end, c.serial", Certificate.class)
                .setParameter("edition", editionId).setParameter("failed", CertificateStatus.FAILED).getResultList();
    }

    /** The file of a generated certificate, for its team's contact, its track's host or the committee. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, TEAM_ROLE})
    public Path file(long certificateId) {
        Certificate c = reachable(certificateId, "download");
        if (c.getStatus() != CertificateStatus.GENERATED && c.getStatus() != CertificateStatus.REVOKED
                || c.getFileName() == null) {
            throw new ConflictException("certificate.notGenerated", c.getSerial());
        }
        Path file = ledger.file(c);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException(CERTIFICATE, c.getSerial());
        }
        return file;
    }

    /** A zip of the generated certificates of a track (its host, or the committee), written to the exports folder. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Path zipOfTrack(long trackId) {
        List<Certificate> certificates = ofTrack(trackId).stream()
                .filter(c -> c.getStatus() == CertificateStatus.GENERATED).toList();
        Track track = em.find(Track.class, trackId);
        Path zip = data.folder("exports").resolve("certificates-" + track.getCode() + "-"
                + STAMP.format(OffsetDateTime.now(AuditTrail.ZONE)) + ".zip");
        try {
            Path temporary = Files.createTempFile(zip.getParent(), zip.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream entries = new ZipOutputStream(out)) {
                for (Certificate c : certificates) {
                    entries.putNextEntry(new ZipEntry(c.getFileName()));
                    Files.copy(ledger.file(c), entries);
                    entries.closeEntry();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            DataFolder.replaceAtomically(temporary, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip, e);
        }
        audit.record("EXPORT_CERTIFICATES", "Track", track.getCode(), trackId, null, certificates.size());
        return zip;
    }

    /** The committee revokes a certificate, with a reason; its verification then says so. */
    @RolesAllowed(COMMITTEE_ROLE)
    public Certificate revoke(long certificateId, int expectedVersion, String reason) {
        Certificate c = current(certificateId, expectedVersion);
        String why = Reasons.require(reason);
        c.revoke(why, audit.callerName(), OffsetDateTime.now(AuditTrail.ZONE));
        flush(c);
        audit.record("REVOKE", CERTIFICATE, c.getSerial(), c.getTrackId(), null, why);
        return c;
    }

    /**
     * The committee reissues a revoked certificate: a new one for the same subject, with the same
     * words, a new serial and code; the next certificate run renders it.
     */
    @RolesAllowed(COMMITTEE_ROLE)
    public Certificate reissue(long certificateId, int expectedVersion) {
        Certificate revoked = current(certificateId, expectedVersion);
        if (revoked.isValid()) {
            throw new ConflictException("certificate.notRevoked", revoked.getSerial());
        }
        if (revoked.getReissuedAs() != null) {
            throw new ConflictException("certificate.reissuedAlready", revoked.getSerial(), revoked.getReissuedAs());
        }
        if (!em.createNamedQuery(Certificate.BY_SUBJECT, Certificate.class).setParameter("subject",
                revoked.subject().key()).getResultList().isEmpty()) {
            throw new ConflictException("certificate.subjectHasOne", revoked.getSerial());
        }
        Certificate fresh = planner.reissue(revoked, audit.callerName());
        flush(revoked);
        audit.record("REISSUE", CERTIFICATE, revoked.getSerial(), revoked.getTrackId(), null,
                Map.of("reissuedAs", fresh.getSerial()));
        return fresh;
    }

    /** A certificate the caller may reach: any for the committee, its track's for a host, its own teams' for a team. */
    private Certificate reachable(long certificateId, String action) {
        Certificate c = em.find(Certificate.class, certificateId);
        Caller caller = scope.caller();
        boolean may = c != null && switch (caller.role()) {
            case COMMITTEE -> true;
            case HOST -> c.getTrackId() != null && caller.trackIds().contains(c.getTrackId());
            case TEAM -> c.getRegistrationId() != null && em.find(Registration.class, c.getRegistrationId())
                    .getContact().getId() == caller.id();
            default -> false;
        };
        if (!may) {
            throw scope.deny(CERTIFICATE, certificateId, action);
        }
        return c;
    }

    private Certificate current(long certificateId, int expectedVersion) {
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null) {
            throw new NotFoundException(CERTIFICATE, certificateId);
        }
        if (c.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(c.getSerial());
        }
        return c;
    }

    private void flush(Certificate c) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(c.getSerial());
        }
    }
}
