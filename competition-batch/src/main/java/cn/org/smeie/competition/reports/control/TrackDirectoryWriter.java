package cn.org.smeie.competition.reports.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Writes the directory into a streaming sheet and, when the step ends well, saves it as the
 * execution's file. A failed step leaves no file behind; a restart writes it whole.
 */
@Named
@Dependent
public class TrackDirectoryWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ExportFiles files;

    private XlsxSheet sheet;

    @Override
    public void open(Serializable checkpoint) {
        sheet = new XlsxSheet("赛项 Tracks", TrackRow.HEADINGS, 12, 16, 24, 50, 50, 50, 32, 10, 14, 12, 10);
    }

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(item -> sheet.append(((TrackRow) item).cells()));
    }

    @Override
    public void close() throws Exception {
        if (sheet == null) {
            return;
        }
        try (XlsxSheet done = sheet) {
            if (step.getException() == null) {
                done.saveAs(files.trackDirectory(job.getExecutionId()));
            }
        } finally {
            sheet = null;
        }
    }
}
