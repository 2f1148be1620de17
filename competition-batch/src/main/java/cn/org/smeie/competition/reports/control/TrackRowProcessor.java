package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.track.entity.Track;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/** Turns a track into the cells of its line in the directory. */
@Named
@Dependent
public class TrackRowProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        Track t = (Track) item;
        return new TrackRow(List.of(t.getCode(), t.getFieldZh(), t.getFieldEn(), t.getFocusZh(), t.getAbilitiesZh(),
                t.getObjectiveZh(), t.getHostOrganization().getName(), t.getContactName(), t.getContactPhone(),
                Objects.toString(t.getCompetitionDate(), "待定 TBA"), t.getStatus().name()));
    }
}
