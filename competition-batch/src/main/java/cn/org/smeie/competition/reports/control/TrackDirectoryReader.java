package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.track.control.TrackQueries;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the tracks of the edition named by the job parameter {@code editionId}, by code.
 * It keeps no checkpoint: a restarted export writes its workbook again from the first track.
 */
@Named
@Dependent
public class TrackDirectoryReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    TrackQueries tracks;

    private Iterator<Track> iterator;

    @Override
    public void open(Serializable checkpoint) {
        iterator = tracks.tracksOf(Long.parseLong(editionId)).iterator();
    }

    @Override
    public Object readItem() {
        return iterator.hasNext() ? iterator.next() : null;
    }
}
