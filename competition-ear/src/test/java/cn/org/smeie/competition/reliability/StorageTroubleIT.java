package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
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
 * Fault campaign, storage trouble: the folder of uploaded materials cannot be written (a file stands where
 * the folder must be — as a root process ignores permissions, this is the failure that reaches it too).
 * Invariant: an upload is refused with a clear answer naming the cause — 503 with {@code Retry-After}, the
 * problem {@code storage.unavailable} in Chinese (English on request: UnavailableExceptionTest), no path of the server and no stack trace;
 * nothing is recorded (no material, no audit entry of one); once the storage is back, the same upload
 * succeeds and its file is whole.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorageTroubleIT {

    private static final String STATE = "storage-trouble-it.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(StorageTroubleIT.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    AuditLog auditLog;

    @Test
    @Order(1)
    void aDraftAndAStorageThatCannotBeWritten() throws Exception {
        long track = Teams.openTrack(FinalsTeams.firstEdition()).getId();
        String contact = Teams.signedUpContact();
        Registration draft = registrations.create(track, Teams.validTeam());
        Properties state = new Properties();
        state.setProperty("contact", contact);
        state.setProperty("registration", Long.toString(draft.getId()));
        ServerProcess.keep(STATE, state);
        Path materials = materials();
        if (Files.exists(materials)) {
            Files.move(materials, aside());
        }
        Files.writeString(materials, "a file where the folder of materials should be");
    }

    @Test
    @Order(2)
    @RunAsClient
    void anUploadIsRefusedClearly() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        Api api = new Api(ServerProcess.BASE);
        String path = "/api/registrations/" + state.getProperty("registration") + "/materials?name=plan.pdf";
        String auth = Api.basic(state.getProperty("contact"), Caller.CHOSEN_PASSWORD);
        HttpResponse<String> refused = api.post(path, auth, Api.onePagePdf(), "application/pdf");
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "says when to try again");
        assertTrue(refused.body().contains("\"key\":\"storage.unavailable\""), refused.body());
        assertTrue(refused.body().contains("服务器文件存储暂时无法写入（Not a directory）"), refused.body());
        assertFalse(refused.body().contains(ServerProcess.dataFolder().toString()), "no path of the server");
        assertFalse(refused.body().contains("Exception"), "no stack trace");
        HttpResponse<String> listed = api.send("GET", "/api/registrations/" + state.getProperty("registration")
                + "/materials", auth, null, null);
        assertEquals("[]", listed.body().strip(), "nothing recorded");
    }

    @Test
    @Order(3)
    void nothingWasRecordedAndOnceTheStorageIsBackTheUploadSucceeds() throws Exception {
        if (Files.isRegularFile(materials())) {
            Files.delete(materials());
        }
        if (Files.exists(aside())) {
            Files.move(aside(), materials());
        }
        Properties state = ServerProcess.recall(STATE);
        long id = Long.parseLong(state.getProperty("registration"));
        Caller.asCommittee();
        assertEquals(List.of(), registrations.materials(id), "no material recorded");
        assertEquals(0, auditLog.history("Registration", id).stream()
                .filter(e -> e.getAction().equals("ADD_MATERIAL")).count(), "no audit entry of one");
        Caller.as(state.getProperty("contact"), Caller.CHOSEN_PASSWORD);
        byte[] pdf = Api.onePagePdf();
        Material stored = registrations.addMaterial(id, "plan.pdf", new ByteArrayInputStream(pdf));
        Path file = registrations.materialFile(stored.getId()).file();
        assertEquals(Checksums.sha256(pdf), Checksums.sha256(Files.readAllBytes(file)), "the file is whole");
        ServerProcess.forget(STATE);
    }

    private static Path materials() {
        return ServerProcess.dataFolder().resolve("materials");
    }

    private static Path aside() {
        return ServerProcess.dataFolder().resolve("materials.aside-by-storage-trouble-it");
    }
}
