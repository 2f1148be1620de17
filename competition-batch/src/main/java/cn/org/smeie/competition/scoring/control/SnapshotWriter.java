package cn.org.smeie.competition.scoring.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.results.control.Aggregation;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps each ranking: a new snapshot when its inputs changed, else the current one stays; proposes the
 * awards of closed rounds. In the chunk's transaction, so a round is done whole or not at all.
 */
@Named
@Dependent
public class SnapshotWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(SnapshotWriter.class.getName());

    @Inject
    Aggregation aggregation;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        String actor = AuditTrail.SYSTEM + ":" + job.getJobName() + "#" + job.getExecutionId();
        for (Object item : items) {
            Aggregation.Computed computed = (Aggregation.Computed) item;
            Aggregation.Stored stored = aggregation.store(computed, actor);
            LOG.info(() -> "round " + computed.roundId() + ": snapshot v" + stored.version()
                    + (stored.created() ? " (new)" : " (unchanged)") + ", " + computed.placed().size() + " teams, "
                    + computed.sheets() + " sheets" + (stored.awardsProposed() > 0
                    ? ", " + stored.awardsProposed() + " awards proposed" : ""));
        }
    }
}
