package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.CrashTest;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Collectors;
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
 * Fault campaign, server crash during a registration storm. Team contacts register at once over the REST
 * API (create, attach a PDF, submit: three requests each); when a good part of the requests has been
 * answered, the server's JVM is killed (kill -9) with requests in flight, and started again; then each
 * contact carries on as a person would: asks the server what it has and does what is missing.
 * <p>
 * Invariant, checked from the server's own records afterwards: every step the server acknowledged before
 * the crash is there (the same registration, not a new one); nothing is half-written (every registration
 * has all its people and organizations, every material row its whole file with the recorded checksum);
 * nothing is there twice (one registration per contact, one material, one submission with one audit entry
 * and one mail, whatever was retried).
 * <p>
 * Four steps in order, as in {@code CertificateCrashIT}: contacts and a track are made in the server; the
 * storm, the kill and the carrying on run outside it; the check runs in it again; last, a clean restart.
 * What one step tells the next is kept in a file of the data folder.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationCrashIT extends CrashTest {

    private static final Logger LOG = Logger.getLogger(RegistrationCrashIT.class.getName());
    private static final int CONTACTS = 48;
    private static final int THREADS = 8;
    /** Answers received before the kill: about a third of the storm's 144 requests. */
    private static final int ANSWERS_BEFORE_KILL = 45;
    private static final String STATE = "registration-crash-it.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistrationStorm.deployment(RegistrationCrashIT.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    RegistrationRecords records;

    @Test
    @Order(1)
    void contactsAndAnOpenTrack() throws Exception {
        ServerProcess.keep(STATE, RegistrationStorm.openTrackAndContacts(CONTACTS));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsKilledInTheStormAndTheTeamsCarryOn() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        List<String> contacts = RegistrationStorm.contacts(state);
        byte[] pdf = Api.onePagePdf();
        RegistrationStorm storm = new RegistrationStorm(ServerProcess.BASE, Long.parseLong(state.getProperty("track")),
                Caller.CHOSEN_PASSWORD, pdf);
        List<Thread> workers = storm.start(contacts, THREADS);
        long until = System.nanoTime() + 120_000_000_000L;
        while (storm.answers.get() < ANSWERS_BEFORE_KILL && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        int answeredBeforeKill = storm.answers.get();
        ServerProcess.kill();
        for (Thread worker : workers) {
            worker.join();
        }
        assertEquals(List.of(), List.copyOf(storm.unexpected), "every request before the kill answered as expected");
        assertTrue(answeredBeforeKill >= ANSWERS_BEFORE_KILL && answeredBeforeKill < 3 * CONTACTS,
                "killed midway: " + answeredBeforeKill + " answers");
        int sentBeforeKill = storm.sent.get();

        ServerProcess.start();
        int resumedCreates = 0;
        int resumedMaterials = 0;
        int resumedSubmits = 0;
        int doneUnanswered = 0;
        for (String contact : contacts) {
            RegistrationStorm.Resumed resumed = storm.resume(contact);
            resumedCreates += resumed.created ? 1 : 0;
            resumedMaterials += resumed.attached ? 1 : 0;
            resumedSubmits += resumed.submitted ? 1 : 0;
            doneUnanswered += resumed.doneUnanswered;
        }
        assertEquals(List.of(), List.copyOf(storm.unexpected), "every contact completes after the restart");
        String figures = String.format("requests sent before the kill %d, answered %d, cut off by the kill %d;"
                        + " %d steps found done though their answer was cut off; after the restart: %d registrations"
                        + " created, %d materials attached, %d submitted", sentBeforeKill, answeredBeforeKill,
                storm.cutOff.get(), doneUnanswered, resumedCreates, resumedMaterials, resumedSubmits);
        LOG.info(() -> "RegistrationCrashIT: " + figures);
        state.setProperty("figures", figures);
        state.setProperty("sha256", Checksums.sha256(pdf));
        state.setProperty("size", Integer.toString(pdf.length));
        storm.acknowledged.forEach((contact, ack) -> state.setProperty("ack." + contact, ack.encode()));
        ServerProcess.keep(STATE, state);
    }

    @Test
    @Order(3)
    void everyAcknowledgedStepIsThereWholeAndOnce() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        long track = Long.parseLong(state.getProperty("track"));
        Caller.asCommittee();
        List<Registration> all = registrations.ofTrack(track, RegistrationQuery.all(), 0, 10 * CONTACTS);
        Map<String, Registration> byContact = all.stream()
                .collect(Collectors.toMap(r -> r.getContact().getEmail(), r -> r));
        assertEquals(CONTACTS, all.size(), "one registration a contact, none twice");
        assertEquals(CONTACTS, byContact.size());

        int acknowledgedSteps = 0;
        for (String key : state.stringPropertyNames()) {
            if (!key.startsWith("ack.")) {
                continue;
            }
            String contact = key.substring("ack.".length());
            RegistrationStorm.Acknowledged ack = RegistrationStorm.Acknowledged.decode(state.getProperty(key));
            if (ack.created) {
                acknowledgedSteps += 1 + (ack.attached ? 1 : 0) + (ack.submitted ? 1 : 0);
                assertEquals(ack.id, byContact.get(contact).getId(), contact + ": the acknowledged registration itself");
            }
        }
        assertEquals(List.of(), records.damage(all, state.getProperty("sha256"), Long.parseLong(state.getProperty("size"))),
                "nothing half-written, nothing twice");
        long leftovers;
        try (var files = Files.list(ServerProcess.dataFolder().resolve("materials"))) {
            leftovers = files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
        int checked = acknowledgedSteps;
        LOG.info(() -> "RegistrationCrashIT: " + state.getProperty("figures") + "; checked " + all.size()
                + " registrations, " + checked + " steps acknowledged before the kill, lost 0; unfinished uploads"
                + " left as .part files (never referenced): " + leftovers);
        ServerProcess.forget(STATE);
    }

}
