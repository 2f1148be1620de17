package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.certificate.control.CertificateLedger;
import cn.org.smeie.competition.certificate.control.CertificatePlanner;
import cn.org.smeie.competition.reports.control.ServerStart;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * Plans the certificates that the edition's confirmed awards and approved honours lack, an award at a
 * time; first it removes the temporary files that a run killed before this server started left behind.
 */
@Named
@Dependent
public class CertificatePlanBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(CertificatePlanBatchlet.class.getName());

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    JobContext job;

    @Inject
    CertificatePlanner planner;

    @Inject
    CertificateLedger ledger;

    @Inject
    ServerStart server;

    @Override
    public String process() throws IOException {
        long edition = Long.parseLong(editionId);
        removeLeftovers(ledger.folder(edition));
        String actor = AuditTrail.SYSTEM + ":" + job.getJobName() + "#" + job.getExecutionId();
        int planned = 0;
        for (long award : planner.confirmedAwards(edition)) {
            planned += planner.planAward(award, actor); // a transaction each: an award is planned whole or not at all
        }
        for (long honor : planner.approvedHonors(edition)) {
            planned += planner.planHonor(honor, actor);
        }
        int count = planned;
        LOG.info(() -> count + " certificates planned for edition " + edition);
        return "PLANNED " + count;
    }

    /** Half-written files of runs that died with an earlier server: a running job's own are newer than the server. */
    private void removeLeftovers(Path folder) throws IOException {
        List<Path> leftovers;
        try (var files = Files.list(folder)) {
            leftovers = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
        for (Path part : leftovers) {
            if (Files.getLastModifiedTime(part).toInstant().isBefore(server.instant())) {
                Files.deleteIfExists(part);
                LOG.info(() -> "Removed " + part.getFileName() + ", left by a run that its server's stop interrupted");
            }
        }
    }
}
