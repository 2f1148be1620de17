package cn.org.smeie.competition.reports.boundary;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.reports.control.JobLauncher;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The nightly reports (the application's own work: no caller, so no role is asked), on persistent timers (a night missed while the server was down runs when
 * it is back). Times are Beijing time whatever the server's zone.
 */
@Singleton
public class ReportSchedule {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @Inject
    JobLauncher launcher;

    @Inject
    Editions editions;

    @Resource
    TimerService timers;

    /** When the nightly jobs run next (Beijing time), or empty when no timer is set. */
    public Optional<ZonedDateTime> nextNightlyRun() {
        return timers.getTimers().stream()
                .map(Timer::getNextTimeout)
                .map(next -> next.toInstant().atZone(ZONE))
                .min(Comparator.naturalOrder());
    }

    @Schedule(hour = "2", minute = "0", timezone = "Asia/Shanghai", persistent = true,
            info = "nightly track-directory-export")
    void exportTrackDirectory() {
        long edition = editions.current().getId();
        long execution = launcher.startTrackDirectoryExport(edition);
        LOG.info(() -> "Nightly track-directory-export of edition " + edition + " started as execution " + execution);
    }

    /** The score aggregation, and once it has completed the certificates of what it confirmed. */
    @Schedule(hour = "2", minute = "0", timezone = "Asia/Shanghai", persistent = true,
            info = "nightly score-aggregation, then certificate-generation")
    void aggregateScores() {
        long edition = editions.current().getId();
        long execution = launcher.startNightlyChain(edition);
        LOG.info(() -> "Nightly score-aggregation of edition " + edition + " started as execution " + execution
                + "; the certificates follow it");
    }
}
