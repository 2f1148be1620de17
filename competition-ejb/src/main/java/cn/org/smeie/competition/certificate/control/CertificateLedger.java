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
import java.util.stream.Collectors;

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
     * The ids of the edition's certificates to render after {@code afterId}, in id order: those of one
     * partition ({@code id mod partitions == partition}) when the job renders in several threads. One
     * query a run of a partition (ids only: 8 bytes a certificate), so the table is scanned once, not once a page.
     */
    public List<Long> idsToRender(long editionId, int partition, int partitions, long afterId) {
        return em.createQuery("select c.id from Certificate c where c.editionId = :edition"
                        + " and c.status in :states and c.id > :after and mod(c.id, :partitions) = :partition"
                        + " order by c.id", Long.class)
                .setParameter("edition", editionId)
                .setParameter("states", List.of(CertificateStatus.PENDING, CertificateStatus.FAILED))
                .setParameter("after", afterId).setParameter("partitions", partitions)
                .setParameter("partition", partition).getResultList();
    }

    /** The certificates of these ids in id order, by their keys, detached: to be rendered outside any transaction's care. */
    public List<Certificate> certificates(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Certificate> page = em.createQuery("select c from Certificate c where c.id in :ids order by c.id",
                Certificate.class).setParameter("ids", ids).getResultList();
        page.forEach(em::detach);
        return page;
    }

    /** Where an edition's certificate files are kept. */
    public Path folder(long editionId) {
        return data.folder("certificates/" + editionId);
    }

    /** The file of a generated certificate. */
    public Path file(Certificate certificate) {
        return folder(certificate.getEditionId()).resolve(certificate.getFileName());
    }

    /** What became of one certificate of a chunk: its file is on disk, or it could not be rendered. */
    public record Outcome(long id, String fileName, String sha256, long size, String failure) {

        public static Outcome made(long id, String fileName, String sha256, long size) {
            return new Outcome(id, fileName, sha256, size, null);
        }

        public static Outcome failed(long id, String failure) {
            return new Outcome(id, null, null, 0, failure);
        }
    }

    /**
     * Records a chunk's outcomes in the caller's transaction (one query for the chunk's certificates;
     * the updates and audit entries go to the database in JDBC batches): a made one is done, a failed
     * one is listed for the committee and tried again by the next run.
     */
    public void record(List<Outcome> outcomes, String actor) {
        if (outcomes.isEmpty()) {
            return;
        }
        Map<Long, Certificate> chunk = em.createQuery("select c from Certificate c where c.id in :ids",
                        Certificate.class).setParameter("ids", outcomes.stream().map(Outcome::id).toList())
                .getResultList().stream().collect(Collectors.toMap(Certificate::getId, c -> c));
        OffsetDateTime now = OffsetDateTime.now(AuditTrail.ZONE);
        for (Outcome o : outcomes) {
            Certificate certificate = chunk.get(o.id());
            if (o.failure() == null) {
                certificate.generated(o.fileName(), o.sha256(), o.size(), now);
                audit.recordAs(actor, "GENERATE", "Certificate", certificate.getSerial(), certificate.getTrackId(),
                        null, Map.of("file", o.fileName(), "sha256", o.sha256(), "size", o.size()));
            } else {
                certificate.failed(o.failure());
                audit.recordAs(actor, "FAIL", "Certificate", certificate.getSerial(), certificate.getTrackId(), null,
                        o.failure());
            }
        }
    }
}
