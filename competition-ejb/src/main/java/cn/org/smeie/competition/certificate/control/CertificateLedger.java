package cn.org.smeie.competition.certificate.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The certificate job's book-keeping: which certificates still need their file (planned ones, and
 * those that failed before), and what became of each — its file on disk with its checksum, or why it
 * could not be rendered. Files live in {@code certificates/<edition>/<serial>.pdf} of the data folder.
 */
@Stateless
public class CertificateLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    DataFolder data;

    @Inject
    AuditTrail audit;

    /**
     * The next certificates of the edition to render, in id order after {@code afterId}: those of one
     * partition ({@code id mod partitions == partition}) when the job renders in several threads.
     */
    public List<Long> toRender(long editionId, int partition, int partitions, long afterId, int max) {
        return em.createQuery("select c.id from Certificate c where c.editionId = :edition and c.status in :states"
                        + " and c.id > :after and mod(c.id, :partitions) = :partition order by c.id", Long.class)
                .setParameter("edition", editionId)
                .setParameter("states", List.of(CertificateStatus.PENDING, CertificateStatus.FAILED))
                .setParameter("after", afterId).setParameter("partitions", partitions)
                .setParameter("partition", partition).setMaxResults(max).getResultList();
    }

    public Certificate load(long id) {
        return em.find(Certificate.class, id);
    }

    /** Where an edition's certificate files are kept. */
    public Path folder(long editionId) {
        return data.folder("certificates/" + editionId);
    }

    /** The file of a generated certificate. */
    public Path file(Certificate certificate) {
        return folder(certificate.getEditionId()).resolve(certificate.getFileName());
    }

    /** The file is on disk (renamed into place): the certificate is done. */
    public void generated(long id, String fileName, String sha256, long size, String actor) {
        Certificate certificate = em.find(Certificate.class, id);
        certificate.generated(fileName, sha256, size, OffsetDateTime.now(AuditTrail.ZONE));
        audit.recordAs(actor, "GENERATE", "Certificate", certificate.getSerial(), certificate.getTrackId(), null,
                Map.of("file", fileName, "sha256", sha256, "size", size));
    }

    /** The certificate could not be rendered; it is listed for the committee and tried again by the next run. */
    public void failed(long id, String reason, String actor) {
        Certificate certificate = em.find(Certificate.class, id);
        certificate.failed(reason);
        audit.recordAs(actor, "FAIL", "Certificate", certificate.getSerial(), certificate.getTrackId(), null, reason);
    }
}
