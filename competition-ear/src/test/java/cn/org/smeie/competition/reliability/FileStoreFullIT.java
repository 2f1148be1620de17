package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.control.CertificateLedger;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.it.AfterFinals;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Fault campaign, storage trouble: the file store cannot be written, then fills up, while the certificate job
 * writes. The certificate folder of a fresh edition is a small file system of its own (a tmpfs, mounted by this
 * test — it needs root, and is skipped where mounting is not permitted): first read-only (as a root process ignores
 * permissions, this is the unwritable folder that reaches it too), then writable but nearly filled by another file.
 * Invariants: each time the job fails and says why — the certificate it could not write and the system's reason
 * ("Read-only file system", then "No space left on device"), in Chinese and English, as the cause the console
 * shows; no certificate is recorded as generated whose file is not on disk whole, no temporary file is left; once
 * the store is writable and has room again, restarting the failed run completes it, every certificate generated
 * exactly once with its recorded checksum.
 * Steps: in the server, the edition; from outside, the read-only store; in the server, the job fails; from
 * outside, the store is made writable and filled; in the server, the restart fails; from outside, space is freed;
 * in the server, the second restart; from outside, the store's files go back to the ordinary folder.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FileStoreFullIT {

    private static final Logger LOG = Logger.getLogger(FileStoreFullIT.class.getName());
    private static final String STATE = "file-store-full-it.properties";
    /** Room left in the store: two or three certificates (about 25 KB each) fit, the rest do not. */
    private static final long ROOM = 64 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(FileStoreFullIT.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Certificates certificates;

    @Inject
    CertificateLedger ledger;

    @Test
    @Order(1)
    void anEditionWithConfirmedAwards() throws Exception {
        AfterFinals.Fixture fixture = AfterFinals.withConfirmedFinals();
        Path folder = ledger.folder(fixture.editionId());
        Properties state = new Properties();
        state.setProperty("edition", Long.toString(fixture.editionId()));
        state.setProperty("folder", folder.toString());
        ServerProcess.keep(STATE, state);
        Caller.signOut();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theStoreIsReadOnly() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        Path folder = Path.of(state.getProperty("folder"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=1m,mode=0755", "tmpfs",
                folder.toString()).redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes()).strip();
        boolean mounted = mount.waitFor() == 0;
        state.setProperty("mounted", Boolean.toString(mounted));
        ServerProcess.keep(STATE, state);
        assumeTrue(mounted, "mounting a small file system needs root: " + said);
    }

    @Test
    @Order(3)
    void onAReadOnlyStoreTheJobFailsSayingWhyAndRecordsNothing() throws Exception {
        Properties state = mounted();
        long edition = Long.parseLong(state.getProperty("edition"));
        Caller.asCommittee();
        failedFor(jobs.generateCertificates(edition), "Read-only file system", state, "readOnlyCause");
        assertEquals(0, generated(edition), "nothing recorded as generated");
        Caller.signOut();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theStoreIsWritableButNearlyFull() throws Exception {
        Properties state = mounted();
        Path folder = Path.of(state.getProperty("folder"));
        Process remount = new ProcessBuilder("mount", "-o", "remount,rw", folder.toString()).inheritIO().start();
        assertEquals(0, remount.waitFor(), "remount " + folder + " writable");
        long free = Files.getFileStore(folder).getUsableSpace();
        Files.write(folder.resolve("filler.bin"), new byte[(int) (free - ROOM)]);
        LOG.info(() -> "FileStoreFullIT: " + free + " bytes free in the certificate store, "
                + (free - ROOM) + " filled");
    }

    @Test
    @Order(5)
    void theRestartFailsOnAFullStoreSayingWhyAndRecordsNothingThatIsNotOnDisk() throws Exception {
        Properties state = mounted();
        long edition = Long.parseLong(state.getProperty("edition"));
        Caller.asCommittee();
        failedFor(jobs.restart(Long.parseLong(state.getProperty("failed"))), "No space left on device", state,
                "cause");
        long generated = generated(edition);
        long all = certificates.ofEdition(edition).size();
        assertTrue(generated < all, "the store was full before the job's end: " + generated + " of " + all
                + " generated");
        state.setProperty("generatedBeforeFull", Long.toString(generated));
        ServerProcess.keep(STATE, state);
        Caller.signOut();
    }

    @Test
    @Order(6)
    @RunAsClient
    void spaceIsFreed() throws Exception {
        Properties state = mounted();
        Files.delete(Path.of(state.getProperty("folder"), "filler.bin"));
    }

    @Test
    @Order(7)
    void theRestartedRunCompletesEveryCertificateOnce() throws Exception {
        Properties state = mounted();
        long edition = Long.parseLong(state.getProperty("edition"));
        Caller.asCommittee();
        Jobs.completed(jobs, jobs.restart(Long.parseLong(state.getProperty("failed"))), Duration.ofMinutes(3));
        List<Certificate> all = certificates.ofEdition(edition);
        assertEquals(List.of(), all.stream().filter(c -> c.getStatus() != CertificateStatus.GENERATED)
                .map(c -> c.getSerial() + " " + c.getStatus()).toList(), "every certificate generated");
        assertEquals(all.size(), all.stream().map(Certificate::getSerial).distinct().count(), "each once");
        assertEquals(List.of(), notWhole(all, Path.of(state.getProperty("folder"))), "each file whole");
        LOG.info(() -> "FileStoreFullIT: read-only store, the job failed with: " + state.getProperty("readOnlyCause")
                + "; store full after " + state.getProperty("generatedBeforeFull") + " of " + all.size()
                + " certificates, the restart failed with: " + state.getProperty("cause")
                + "; restarted again with room: " + all.size() + " generated, each file whole, lost 0");
        Caller.signOut();
    }

    @Test
    @Order(8)
    @RunAsClient
    void theFilesGoBackToTheOrdinaryFolder() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        ServerProcess.forget(STATE);
        if (!Boolean.parseBoolean(state.getProperty("mounted"))) {
            return;
        }
        Path folder = Path.of(state.getProperty("folder"));
        Path aside = Files.createTempDirectory("file-store-full-it");
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        for (Path file : files) {
            Files.copy(file, aside.resolve(file.getFileName()));
        }
        Process umount = new ProcessBuilder("umount", folder.toString()).inheritIO().start();
        assertEquals(0, umount.waitFor(), "umount " + folder);
        for (Path file : files) {
            Files.move(aside.resolve(file.getFileName()), folder.resolve(file.getFileName()));
        }
        Files.delete(aside);
    }

    /**
     * The execution once ended, which must have FAILED naming, in Chinese and English, a certificate not written and
     * the system's {@code reason}; with nothing recorded that is not on disk whole and no temporary file left.
     * Keeps the execution (as {@code failed}) and its cause (as {@code causeKey}) in the steps' state.
     */
    private void failedFor(long execution, String reason, Properties state, String causeKey) throws Exception {
        JobRun failed = Jobs.ended(jobs, execution, Duration.ofMinutes(3));
        assertEquals("FAILED", failed.status(), failed::toString);
        String cause = String.valueOf(failed.cause());
        assertTrue(cause.contains("无法写入文件存储（" + reason + "）")
                && cause.contains("cannot be written to the file store (" + reason + ")"), cause);
        List<Certificate> all = certificates.ofEdition(Long.parseLong(state.getProperty("edition")));
        Matcher named = Pattern.compile("证书 (\\S+) 无法写入").matcher(cause);
        assertTrue(named.find(), cause);
        assertEquals(List.of(CertificateStatus.PENDING), all.stream().filter(c -> c.getSerial().equals(named.group(1)))
                .map(Certificate::getStatus).toList(), "the cause names a certificate not written: " + cause);
        assertEquals(List.of(), notWhole(all, Path.of(state.getProperty("folder"))),
                "every certificate recorded as generated is on disk whole; no temporary file is left");
        state.setProperty("failed", Long.toString(failed.executionId()));
        state.setProperty(causeKey, cause);
        ServerProcess.keep(STATE, state);
    }

    private long generated(long edition) {
        return certificates.ofEdition(edition).stream().filter(c -> c.getStatus() == CertificateStatus.GENERATED)
                .count();
    }

    /** What the steps kept, if the small file system was mounted (else the step is skipped). */
    private static Properties mounted() throws IOException {
        Properties state = ServerProcess.recall(STATE);
        assumeTrue(Boolean.parseBoolean(state.getProperty("mounted")), "no small file system");
        return state;
    }

    /** Certificates recorded as generated whose file is missing or differs, and temporary files left. */
    private List<String> notWhole(List<Certificate> all, Path folder) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Certificate c : all) {
            if (c.getStatus() == CertificateStatus.GENERATED) {
                Path file = certificates.file(c.getId());
                if (!Files.isRegularFile(file) || !Checksums.sha256(Files.readAllBytes(file)).equals(c.getSha256())) {
                    wrong.add(c.getSerial() + " recorded as generated, file missing or not whole");
                }
            }
        }
        try (Stream<Path> listed = Files.list(folder)) {
            listed.filter(p -> p.getFileName().toString().endsWith(".part"))
                    .forEach(p -> wrong.add("temporary file left: " + p.getFileName()));
        }
        return wrong;
    }
}
