package cn.org.smeie.competition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.CrashTest;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Honours;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate job survives its server being killed (kill -9) midway: after the restart the
 * execution shows as interrupted, running it again ends with every certificate present exactly once,
 * none missing, none duplicated, none truncated, every file as its recorded checksum says.
 * <p>
 * Three steps in order: in the server, a run is started and left while it renders; from outside, the
 * server's process is killed and the server started again; in the server again, the job is run again
 * and everything checked. What the first step must tell the third (the server forgets everything in
 * between) is kept in a file of the data folder.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateCrashIT extends CrashTest.KilledMidway {

    private static final int CERTIFICATES = 1200;
    private static final String STATE = "certificate-crash-it.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CertificateCrashIT.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Certificates certificates;

    @Test
    @Order(1)
    void aRunIsRendering() throws Exception {
        Track track = Honours.approved(CERTIFICATES); // signed in as the committee for this request
        long execution = jobs.generateCertificates(FinalsTeams.firstEdition());
        long until = System.currentTimeMillis() + 120_000;
        while (generated(track.getId()) < 40 && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertEquals("STARTED", jobs.run(execution).status(), "the job renders when the server is killed");
        Properties state = new Properties();
        state.setProperty("track", Long.toString(track.getId()));
        state.setProperty("execution", Long.toString(execution));
        ServerProcess.keep(STATE, state);
    }

    @Test
    @Order(3)
    void runningItAgainLeavesEveryCertificateExactlyOnce() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        long track = Long.parseLong(state.getProperty("track"));
        long killed = Long.parseLong(state.getProperty("execution"));
        verifyExactlyOnce(track, killed);
        ServerProcess.forget(STATE);
    }

    private void verifyExactlyOnce(long track, long killed) throws Exception {
        Caller.asCommittee();
        JobRun interrupted = jobs.run(killed);
        assertEquals(ReportJobs.INTERRUPTED, interrupted.status(), "the killed run is known for what it is");
        int survived = generated(track);
        Logger.getLogger(CertificateCrashIT.class.getName()).info(() -> "After kill -9: " + survived + " of "
                + CERTIFICATES + " certificates generated, the rest planned");
        assertTrue(survived >= 40 && survived < CERTIFICATES, "killed midway: " + survived + " of " + CERTIFICATES);

        Jobs.completed(jobs, jobs.restart(killed), Duration.ofMinutes(5));
        List<Certificate> all = certificates.ofTrack(track);
        assertEquals(CERTIFICATES, all.size(), "one certificate an honour, none twice");
        assertEquals(CERTIFICATES, all.stream().map(Certificate::getHonorId).distinct().count());
        assertEquals(CERTIFICATES, all.stream().map(Certificate::getSerial).distinct().count());
        assertTrue(all.stream().allMatch(c -> c.getStatus() == CertificateStatus.GENERATED), "none missing");
        Path folder = certificates.file(all.get(0).getId()).getParent();
        List<String> damaged = new ArrayList<>();
        for (Certificate c : all) {
            byte[] pdf = Files.readAllBytes(folder.resolve(c.getFileName()));
            if (pdf.length != c.getSizeBytes() || !c.getSha256().equals(Checksums.sha256(pdf))) {
                damaged.add(c.getSerial());
                continue;
            }
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(1, document.getNumberOfPages(), c.getSerial());
            }
        }
        assertEquals(List.of(), damaged, "every file whole, as recorded");
        // the track's files in the folder: exactly its certificates' files, and no half-written one is left
        String code = "-" + all.get(0).getSerial().split("-")[2] + "-";
        Set<String> names = all.stream().map(Certificate::getFileName).collect(Collectors.toSet());
        try (var files = Files.list(folder)) {
            List<String> listed = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(names, listed.stream().filter(n -> n.contains(code) && n.endsWith(".pdf"))
                    .collect(Collectors.toSet()));
            assertEquals(List.of(), listed.stream().filter(n -> n.endsWith(".part")).toList(), "no half-written file");
        }
    }

    private int generated(long track) {
        return (int) certificates.ofTrack(track).stream()
                .filter(c -> c.getStatus() == CertificateStatus.GENERATED).count();
    }
}
