package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.it.AfterFinals;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.RankingRow;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backup and restore by the documented procedure ({@code ops/backup.sh}, {@code ops/restore.sh}): a backup of
 * a server with confirmed finals and their certificates (one of them revoked), restored into an empty database
 * and an empty folder, serves the same rankings, the same verifications, and every certificate's file as
 * recorded. Four steps in order: in the server, the data is made and what it shows is noted; from outside, the
 * backup is taken (PostgreSQL: while the server runs; H2: the server stopped, as the procedure says), restored
 * into a new database and folder, and the server started on them; in the (restored) server, everything is
 * compared; from outside, the server goes back to the suite's own database and folder.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final Logger LOG = Logger.getLogger(BackupRestoreIT.class.getName());
    private static final String STATE = "backup-restore-it.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(BackupRestoreIT.class, SiblingDatabase.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Certificates certificates;

    @Inject
    Results results;

    @Test
    @Order(1)
    void anEditionWithRankingsAndCertificates() throws Exception {
        AfterFinals.Fixture fixture = AfterFinals.withConfirmedFinals(); // leaves the committee signed in
        Jobs.completed(jobs, jobs.generateCertificates(fixture.editionId()),
                Duration.ofMinutes(3));
        List<Certificate> made = certificates.ofEdition(fixture.editionId());
        assertTrue(made.size() >= 4, "team and member certificates of two prizes: " + made.size());
        Certificate revoked = made.get(0);
        certificates.revoke(revoked.getId(), revoked.getVersion(), "备份测试：撤销");
        Properties state = new Properties();
        state.setProperty("edition", Long.toString(fixture.editionId()));
        state.setProperty("round", Long.toString(fixture.finalRoundId()));
        state.setProperty("ranking", ranking(fixture.finalRoundId()));
        state.setProperty("awards", Integer.toString(results.awards(fixture.finalRoundId()).size()));
        for (Certificate c : certificates.ofEdition(fixture.editionId())) {
            state.setProperty("certificate." + c.getVerificationCode(),
                    certificates.verify(c.getVerificationCode()) + " " + c.getSha256());
        }
        ServerProcess.keep(STATE, state);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBackupIsRestoredIntoAnEmptyDatabaseAndFolderAndTheServerStartsOnThem() throws Exception {
        Path backup = fresh(ServerProcess.dataFolder().resolveSibling("it-backup"));
        Path restored = fresh(ServerProcess.dataFolder().resolveSibling("it-data-restored"));
        Files.delete(restored); // restore.sh makes it
        Map<String, String> original = ServerProcess.environment();
        Map<String, String> target = new HashMap<>(original);
        target.put("COMPETITION_DATA_DIR", restored.toString());
        boolean postgres = original.get("DB_URL").startsWith("jdbc:postgresql:");
        if (postgres) {
            SiblingDatabase restoredDatabase = new SiblingDatabase(original, "_restored");
            target.put("DB_URL", restoredDatabase.environment.get("DB_URL"));
            restoredDatabase.create();
            script("ops/backup.sh", original, backup.toString()); // while the server runs
            ServerProcess.stop();
        } else {
            // the embedded database is a file the running server holds: the procedure stops the server first
            ServerProcess.stop();
            target.put("DB_URL", original.get("DB_URL").replace(ServerProcess.dataFolder().toString(), restored.toString()));
            script("ops/backup.sh", original, backup.toString());
        }
        script("ops/restore.sh", target, backup.toString());
        ServerProcess.start(target);
    }

    @Test
    @Order(3)
    void theRestoredServerShowsTheSameRankingsAndEveryCertificateVerifiable() throws Exception {
        assertTrue(System.getenv("COMPETITION_DATA_DIR").endsWith("it-data-restored"),
                "the server runs on the restored folder: " + System.getenv("COMPETITION_DATA_DIR"));
        Properties state = ServerProcess.recall(STATE);
        Caller.asCommittee();
        long round = Long.parseLong(state.getProperty("round"));
        assertEquals(state.getProperty("ranking"), ranking(round), "the same ranking");
        assertEquals(state.getProperty("awards"), Integer.toString(results.awards(round).size()));
        List<Certificate> all = certificates.ofEdition(Long.parseLong(state.getProperty("edition")));
        List<String> differing = new ArrayList<>();
        int revoked = 0;
        for (Certificate c : all) {
            String noted = state.getProperty("certificate." + c.getVerificationCode());
            Path file = certificates.file(c.getId());
            String now = certificates.verify(c.getVerificationCode()) + " " + Checksums.sha256(Files.readAllBytes(file));
            if (!now.equals(noted)) {
                differing.add(c.getSerial() + ": " + noted + " → " + now);
            }
            revoked += c.getStatus() == CertificateStatus.REVOKED ? 1 : 0;
        }
        assertEquals(List.of(), differing, "every certificate verifies as before, its file as recorded");
        assertEquals(state.stringPropertyNames().stream().filter(k -> k.startsWith("certificate.")).count(), all.size());
        assertEquals(1, revoked, "the revoked one stays revoked");
        // the public verification answers from the restored data, as a phone scanning the QR code would ask it
        HttpResponse<String> verified = new Api(ServerProcess.BASE + "/").send("GET",
                "api/certificates/" + all.get(all.size() - 1).getVerificationCode(), null, null, null);
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(verified.body().contains(all.get(all.size() - 1).getSerial()), verified.body());
        LOG.info(() -> "BackupRestoreIT: restored " + all.size() + " certificates, ranking of "
                + state.getProperty("ranking").split("\n").length + " teams, 0 differing");
        ServerProcess.forget(STATE);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theServerGoesBackToItsOwnDatabaseAndFolder() throws Exception {
        ServerProcess.stop();
        ServerProcess.start(ServerProcess.environment());
        ServerProcess.forget(STATE);
        Map<String, String> original = ServerProcess.environment();
        if (original.get("DB_URL").startsWith("jdbc:postgresql:")) {
            new SiblingDatabase(original, "_restored").drop();
        }
        assertFalse(Files.exists(ServerProcess.dataFolder().resolve(STATE)));
    }

    private String ranking(long round) {
        StringBuilder text = new StringBuilder();
        for (RankingRow row : results.ranking(round, null)) {
            text.append(row.rank()).append(' ').append(row.teamName()).append(' ').append(row.score()).append(' ')
                    .append(row.prize()).append(' ').append(row.prizeMoney()).append('\n');
        }
        return text.toString();
    }

    /** An empty folder at {@code folder} (what an earlier run left is removed). */
    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** Runs a script of the project, as an operator would, with the server's settings as its environment. */
    private static void script(String script, Map<String, String> environment, String argument) throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve(script).toString(), argument)
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        LOG.info(() -> script + ": " + output);
        assertEquals(0, exit, script + " " + argument + ": " + output);
    }
}
