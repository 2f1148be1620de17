package cn.org.smeie.competition.web.committee;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.reports.boundary.ReportSchedule;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The batch job page: start the track directory export, watch its executions, download its files. */
@Named
@ViewScoped
public class JobConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    @Inject
    ReportJobs jobs;

    @Inject
    Editions editions;

    @Inject
    ReportSchedule schedule;

    @Inject
    Feedback feedback;

    private List<JobRun> runs;
    private ZonedDateTime nextRun;

    @PostConstruct
    void init() {
        nextRun = schedule.nextTrackDirectoryExport().orElse(null);
        refresh();
    }

    public void refresh() {
        runs = jobs.runs(ReportJobs.TRACK_DIRECTORY, SHOWN);
    }

    public void exportTrackDirectory() {
        try {
            long execution = jobs.exportTrackDirectory(editions.current().getId());
            feedback.info("jobs.started", execution);
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
        refresh();
    }

    /** The export file of an execution, streamed to the browser. */
    public StreamedContent download(long executionId) {
        return Downloads.xlsx(jobs.exportFile(executionId));
    }

    /** Whether any execution is still running, so the page keeps polling. */
    public boolean isRunning() {
        return runs.stream().anyMatch(r -> "STARTING".equals(r.status()) || "STARTED".equals(r.status()));
    }

    public ZonedDateTime getNextRun() {
        return nextRun;
    }

    public List<JobRun> getRuns() {
        return runs;
    }
}
