package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.certificate.control.CertificateLedger;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import cn.org.smeie.competition.platform.error.UnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts each rendered certificate on disk as {@code <serial>.pdf} — written under a temporary name,
 * then renamed — and records it as generated with its checksum, in the chunk's transaction. A disk
 * that refuses the file fails the chunk: nothing is recorded that is not on disk, and a later run
 * writes it.
 */
@Named
@Dependent
public class CertificateWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    JobContext job;

    @Inject
    CertificateLedger ledger;

    @Override
    public void writeItems(List<Object> items) throws IOException {
        String actor = AuditTrail.SYSTEM + ":" + job.getJobName() + "#" + job.getExecutionId();
        Path folder = ledger.folder(Long.parseLong(editionId));
        List<CertificateLedger.Outcome> outcomes = new ArrayList<>(items.size());
        for (Object item : items) {
            CertificateProcessor.Outcome outcome = (CertificateProcessor.Outcome) item;
            if (outcome.pdf() == null) {
                outcomes.add(CertificateLedger.Outcome.failed(outcome.id(), outcome.failure()));
                continue;
            }
            String name = outcome.serial() + ".pdf";
            Path temporary = null;
            try {
                temporary = Files.createTempFile(folder, name, ".part");
                Files.write(temporary, outcome.pdf());
                DataFolder.replaceAtomically(temporary, folder.resolve(name));
            } catch (IOException | RuntimeException e) {
                deleteIfAny(temporary, e);
                throw e instanceof IOException io ? UnavailableException.certificate(outcome.serial(), io)
                        : (RuntimeException) e;
            }
            outcomes.add(CertificateLedger.Outcome.made(outcome.id(), name, Checksums.sha256(outcome.pdf()),
                    outcome.pdf().length));
        }
        ledger.record(outcomes, actor);
    }

    /** Removes the temporary file of a failed write; a failure to remove it joins the write's failure. */
    private static void deleteIfAny(Path temporary, Exception failure) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
