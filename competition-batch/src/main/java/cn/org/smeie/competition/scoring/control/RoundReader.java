package cn.org.smeie.competition.scoring.control;

import cn.org.smeie.competition.results.control.Aggregation;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Reads the ids of the edition's rounds to aggregate (scoring or closed), in id order; the checkpoint
 * is how many were done, so a restart goes on with the next round.
 */
@Named
@Dependent
public class RoundReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    Aggregation aggregation;

    private List<Long> rounds;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        rounds = aggregation.roundsDue(Long.parseLong(editionId));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < rounds.size() ? rounds.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
