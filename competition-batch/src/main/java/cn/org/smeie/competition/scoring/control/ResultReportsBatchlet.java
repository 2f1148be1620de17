package cn.org.smeie.competition.scoring.control;

import cn.org.smeie.competition.results.control.Aggregation;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.results.control.ResultReports;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The report step of the score aggregation: for every round it ranked, the results (PDF and .xlsx)
 * and the judges' consistency, and an overview of all rounds, in {@code reports/<execution>/}. Each
 * file is written whole under a temporary name and renamed; a restart writes them again.
 */
@Named
@Dependent
public class ResultReportsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ResultReportsBatchlet.class.getName());

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    JobContext job;

    @Inject
    Aggregation aggregation;

    @Inject
    ResultReports reports;

    @Inject
    ReportFolder folders;

    @Override
    public String process() throws Exception {
        Path folder = folders.of(job.getExecutionId());
        List<ResultReports.RoundReport> written = new ArrayList<>();
        for (long round : aggregation.roundsDue(Long.parseLong(editionId))) {
            ResultReports.RoundReport report = reports.report(round).orElse(null);
            if (report != null) {
                ResultReportWriter.write(report, folder);
                written.add(report);
            }
        }
        ResultReportWriter.overview(written, folder);
        LOG.info(() -> "results reports of " + written.size() + " rounds written to " + folder);
        return "COMPLETED";
    }
}
