package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.certificate.control.CertificatePlanner;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Plans the certificates that the edition's confirmed awards and approved honours lack, an award at a time. */
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

    @Override
    public String process() {
        long edition = Long.parseLong(editionId);
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
}
