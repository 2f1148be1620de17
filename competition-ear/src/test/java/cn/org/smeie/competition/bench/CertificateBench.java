package cn.org.smeie.competition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateKind;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.certificates.control.CertificateRenderer;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Honours;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate job's throughput (run with the bench profile, see bench/README.md): for each count
 * of {@code BENCH_CERTIFICATES} (default 2000,20000) approved honours are made, the job renders their
 * certificates, and in the same server, just before and just after the job, its floor is measured:
 * the same renderer in a plain loop on as many threads as the job's partitions, the font parsed once a
 * thread, a new PDF each, nothing written or recorded. Also the live heap (a full collection every
 * 10 s) before and at its peak during each run of the job, with the class histogram at the peak.
 * Before anything is measured, a warm-up: the floor over 8,000 and the job over 10,000 certificates (the
 * floor measured just before and just after a job of 2,000 on a shorter warm-up differed by a third: the
 * server was still getting faster).
 */
@ExtendWith(ArquillianExtension.class)
class CertificateBench {

    private static final int THREADS = 2;
    /** How often the benchmark asks whether the job has ended: as the console's job page does. */
    private static final Duration POLL = Duration.ofSeconds(2);
    /** Certificates the job makes once before anything is measured. */
    private static final int WARM_UP = 10000;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CertificateBench.class, Heap.class, Heap.Sampler.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Certificates certificates;

    @Test
    void theJobAgainstAPlainRenderingLoop() throws Exception {
        List<Integer> counts = Arrays.stream(System.getenv().getOrDefault("BENCH_CERTIFICATES", "2000,20000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        StringBuilder table = new StringBuilder();
        StringBuilder heaps = new StringBuilder();
        // warm-up, not reported as a row: the JIT goes on improving the renderer for some 10,000
        // certificates, so a floor and a job measured while it does compare a colder with a warmer server
        Track warmUp = Honours.approved(WARM_UP);
        double warmFloor = floor(8000);
        JobRun warmJob = Jobs.ended(jobs, jobs.generateCertificates(FinalsTeams.firstEdition()),
                Duration.ofMinutes(30), POLL);
        heaps.append(String.format("warm-up: floor %.0f /s over 8,000, then the job on %,d (%s): render step %.0f /s%n",
                warmFloor, WARM_UP, warmJob.status(), WARM_UP * 1000.0 / warmJob.steps().stream()
                        .filter(s -> s.name().equals("render")).findFirst().orElseThrow().millis()));
        assertEquals(WARM_UP, certificates.ofTrack(warmUp.getId()).size());
        for (int count : counts) {
            Track track = Honours.approved(count);
            // the floor just before and just after the job, so that a slow spell of the machine shows as a
            // gap between the two rather than as a ratio
            double before = floor(Math.min(count, 4000));
            JobRun run;
            long heapBefore;
            long peak;
            List<Long> series;
            String peakClasses;
            try (Heap.Sampler sampler = Heap.sample(Duration.ofSeconds(10))) {
                run = Jobs.ended(jobs, jobs.generateCertificates(FinalsTeams.firstEdition()),
                        Duration.ofMinutes(30), POLL);
                heapBefore = sampler.beforeMegabytes();
                peak = sampler.peakMegabytes();
                series = sampler.series();
                peakClasses = sampler.peakClasses();
            }
            double after = floor(Math.min(count, 4000));
            double floor = (before + after) / 2;
            Jobs.completed(run);
            JobRun.StepRun render = run.steps().stream().filter(s -> s.name().equals("render")).findFirst().orElseThrow();
            long made = certificates.ofTrack(track.getId()).stream()
                    .filter(c -> c.getStatus() == CertificateStatus.GENERATED).count();
            assertEquals(count, made, "every certificate made");
            double rate = count * 1000.0 / render.millis();
            table.append(String.format("| %,d | %.0f /s (%.0f, %.0f) | %.0f /s (%.2f× the floor) | %.1f s | %d → %d MB (+%d) |%n",
                    count, floor, before, after, rate, rate / floor,
                    run.steps().stream().mapToLong(s -> s.millis()).sum() / 1000.0, heapBefore, peak, peak - heapBefore));
            heaps.append(String.format("live heap every 10 s while the job made %,d: %s MB; classes at the peak:%n%s%n",
                    count, series, peakClasses));
        }
        System.out.print(table.toString() + heaps);
        Path out = Path.of(System.getenv().getOrDefault("BENCH_OUTPUT", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("certificates.md"), table.toString() + heaps);
    }

    /** Certificates a second from the renderer alone, on {@link #THREADS} threads. */
    private static double floor(int count) throws Exception {
        Certificate sample = new Certificate("QXCX-2023-SME202301-0001", "ABCDEFGHJKMNPQRSTUVW", CertificateKind.HONOR,
                1, new Certificate.Subject(null, null, 1L, null, 1L), new Certificate.Content("王伟明",
                "企校协同创新大赛SME202301承办单位", null, null, null, "优秀工作者",
                "首届企校协同创新大赛 SME202301 新一代信息技术专项赛", LocalDate.of(2023, 12, 15)));
        String url = "http://localhost:8080/verify.xhtml?code=ABCDEFGHJKMNPQRSTUVW";
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> warmUp = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                warmUp.add(pool.submit(() -> loop(sample, url, 100)));
            }
            for (Future<?> f : warmUp) {
                f.get();
            }
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runs.add(pool.submit(() -> loop(sample, url, count / THREADS)));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            return count * 1e9 / (System.nanoTime() - start);
        } finally {
            pool.shutdown();
        }
    }

    private static Void loop(Certificate certificate, String url, int times) throws Exception {
        try (CertificateRenderer renderer = new CertificateRenderer()) {
            for (int i = 0; i < times; i++) {
                renderer.render(certificate, url);
            }
        }
        return null;
    }
}
