package cn.org.smeie.competition.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.reports.boundary.ReportSchedule;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first batch job: the edition's track directory as an .xlsx, started by hand and by the nightly timer. */
@ExtendWith(ArquillianExtension.class)
class TrackDirectoryExportIT {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(TrackDirectoryExportIT.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    ReportSchedule schedule;

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    @BeforeEach
    void signIn() {
        Caller.asCommittee();
    }

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void theExportCompletesAndTheWorkbookHoldsEveryTrackOfTheEdition() throws Exception {
        long editionId = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
        List<Track> tracks = catalog.tracksOf(editionId);

        long execution = jobs.exportTrackDirectory(editionId);
        JobRun run = awaitEnd(execution);

        Jobs.completed(run);
        assertEquals(tracks.size(), run.itemsWritten(), () -> "items written by " + run);
        assertTrue(run.fileReady());
        assertEquals(String.valueOf(editionId), run.editionId());
        assertTrue(run.started() != null && run.ended() != null && !run.ended().isBefore(run.started()));
        assertTrue(jobs.runs(ReportJobs.TRACK_DIRECTORY, 20).stream().anyMatch(r -> r.executionId() == execution),
                "the console lists the execution");

        Path file = jobs.exportFile(execution);
        assertTrue(file.getFileName().toString().endsWith(".xlsx"));
        List<List<String>> rows = read(file);
        assertEquals("编号 Code", rows.get(0).get(0));
        assertEquals("承办单位 Host organization", rows.get(0).get(6));
        assertEquals(tracks.size() + 1, rows.size(), "a heading and one row per track");
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(track.getCode(), row.get(0));
            assertEquals(track.getFieldZh(), row.get(1));
            assertEquals(track.getHostOrganization().getName(), row.get(6));
            assertEquals(track.getContactName(), row.get(7));
            assertEquals(track.getContactPhone(), row.get(8));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("SME202306") && r.get(6).equals("展视网（北京）科技有限公司")
                && r.get(8).equals("13759728390")));
        assertFalse(Files.list(file.getParent()).anyMatch(p -> p.toString().endsWith(".part")),
                "no temporary file is left behind");
    }

    @Test
    void anExportOfAnUnknownEditionIsRefusedBeforeAJobStarts() {
        assertThrows(NotFoundException.class, () -> jobs.exportTrackDirectory(-1));
    }

    @Test
    void theExportRunsNightlyAtTwoBeijingTime() {
        ZonedDateTime next = schedule.nextNightlyRun().orElseThrow();
        assertEquals(ZoneId.of("Asia/Shanghai"), next.getZone());
        assertEquals(2, next.getHour());
        assertEquals(0, next.getMinute());
        assertTrue(next.isAfter(ZonedDateTime.now()) && next.isBefore(ZonedDateTime.now().plusDays(1).plusMinutes(1)));
    }

    private JobRun awaitEnd(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        JobRun run = jobs.run(execution);
        while (List.of("STARTING", "STARTED").contains(run.status()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            run = jobs.run(execution);
        }
        return run;
    }

    private static List<List<String>> read(Path file) throws Exception {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
