package cn.org.smeie.competition.scoring.control;

import cn.org.smeie.competition.results.control.Aggregation;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ranks one round from its submitted sheets (nothing is written yet). */
@Named
@Dependent
public class RankingProcessor implements ItemProcessor {

    @Inject
    Aggregation aggregation;

    @Override
    public Object processItem(Object roundId) {
        return aggregation.compute((Long) roundId);
    }
}
