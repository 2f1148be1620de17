package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.boundary.AuditQuery;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
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
 * Fault campaign, concurrency: {@value #CONTACTS} team contacts submit, at the same instant over the REST
 * API, registrations that all name the same student in one track. Invariant: exactly one is accepted;
 * every other contact is told why in Chinese — "already in another team" (HTTP 422, when the accepted one
 * was committed before its check) or "just registered in another team" (HTTP 409, when both checks ran
 * before either commit and the database's unique index decided) — never a server error; the track holds
 * that one registration, the person once, and one audit entry of its creation.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamePersonRaceIT {

    private static final Logger LOG = Logger.getLogger(SamePersonRaceIT.class.getName());
    private static final int CONTACTS = 200;
    private static final int THREADS = 50;
    private static final String STATE = "same-person-race-it.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistrationStorm.deployment(SamePersonRaceIT.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    AuditLog auditLog;

    @Test
    @Order(1)
    void contactsAndAnOpenTrack() throws Exception {
        Properties state = RegistrationStorm.openTrackAndContacts(CONTACTS);
        state.setProperty("student", "race." + Deployments.uniqueCode("").toLowerCase() + "@hit.edu.cn");
        state.setProperty("mobile", Teams.mobile());
        ServerProcess.keep(STATE, state);
    }

    @Test
    @Order(2)
    @RunAsClient
    void allSubmitAtOnceAndOneIsAccepted() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        long track = Long.parseLong(state.getProperty("track"));
        List<String> contacts = RegistrationStorm.contacts(state);
        Api api = new Api(ServerProcess.BASE);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < contacts.size(); i++) {
                String contact = contacts.get(i);
                String tag = "race" + i + "x" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
                String body = RegistrationStorm.team(tag, state.getProperty("student"), state.getProperty("mobile"),
                        Teams.mobile(), Teams.mobile());
                answers.add(pool.submit(() -> {
                    if (ready.getCount() > 0) {
                        ready.countDown();
                        go.await();
                    }
                    return api.send("POST", "/api/registrations?track=" + track, Api.basic(contact,
                            Caller.CHOSEN_PASSWORD), null, body);
                }));
            }
            ready.await();
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> unclear = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() != 201 && !response.body().contains("该人员已在本赛项的其他团队中")
                        && !response.body().contains("本团队有成员刚刚被登记到本赛项的其他团队")) {
                    unclear.add(response.statusCode() + " " + response.body());
                }
            }
            LOG.info(() -> "SamePersonRaceIT: " + CONTACTS + " registrations naming one student at once: " + statuses);
            assertEquals(1, statuses.get(201), "one accepted: " + statuses);
            assertEquals(CONTACTS - 1, statuses.getOrDefault(409, 0) + statuses.getOrDefault(422, 0),
                    "every other refused as a conflict or an invalid team, none failed: " + statuses);
            assertEquals(List.of(), unclear, "each refusal says why");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void theTrackHoldsOneRegistrationAndThePersonOnce() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        long track = Long.parseLong(state.getProperty("track"));
        Caller.asCommittee();
        List<Registration> all = registrations.ofTrack(track, RegistrationQuery.all(), 0, CONTACTS);
        assertEquals(1, all.size(), "one registration in the track");
        long named = all.get(0).getMembers().stream().map(Member::getEmail)
                .filter(state.getProperty("student")::equals).count();
        assertEquals(1, named, "the student once");
        assertTrue(RegistrationStorm.contacts(state).contains(all.get(0).getContact().getEmail()));
        long created = auditLog.count(new AuditQuery(null, track, "Registration", "CREATE", null, null));
        assertEquals(1, created, "one audit entry of a creation");
        ServerProcess.forget(STATE);
    }
}
