package cn.org.smeie.competition.reliability;

import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.platform.files.Checksums;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Team contacts registering over the REST API at once, as on the last day, each through its three steps
 * (create the registration, attach a PDF, submit it), keeping what the server acknowledged; and, after a
 * crash, the same contacts carrying on as people would: each asks what the server has, and does what is
 * missing. Runs in the tests' JVM, outside the server.
 */
final class RegistrationStorm {

    /** What the server acknowledged to one contact (an answer received); the registration's id once created. */
    static final class Acknowledged {
        volatile long id;
        volatile boolean created;
        volatile boolean attached;
        volatile boolean submitted;

        String encode() {
            return id + "," + created + "," + attached + "," + submitted;
        }

        static Acknowledged decode(String text) {
            String[] parts = text.split(",");
            Acknowledged a = new Acknowledged();
            a.id = Long.parseLong(parts[0]);
            a.created = Boolean.parseBoolean(parts[1]);
            a.attached = Boolean.parseBoolean(parts[2]);
            a.submitted = Boolean.parseBoolean(parts[3]);
            return a;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

    private final Api api;
    private final long track;
    private final String password;
    private final byte[] pdf;
    final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger answers = new AtomicInteger();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger cutOff = new AtomicInteger();
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    /** Contacts of a patient storm not yet begun. */
    final Queue<String> waiting = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    /** Answers 503 "try again shortly", and when the last came (System.nanoTime). */
    final AtomicInteger unavailable = new AtomicInteger();
    volatile long lastUnavailable;

    RegistrationStorm(String base, long track, String password, byte[] pdf) {
        this.api = new Api(base);
        this.track = track;
        this.password = password;
        this.pdf = pdf;
    }

    /**
     * The archive of a test that drives a storm and checks its records: the EAR with the test, its helper
     * classes {@code more} and these classes.
     */
    static EnterpriseArchive deployment(Class<?> test, Class<?>... more) {
        List<Class<?>> classes = new ArrayList<>(List.of(test, RegistrationStorm.class, Acknowledged.class,
                Resumed.class, Request.class, Unavailable.class, RegistrationRecords.class));
        classes.addAll(List.of(more));
        return Deployments.ear(classes.toArray(Class<?>[]::new));
    }

    /**
     * In the server: a new track of the first edition open for registration and {@code count} team contacts
     * signed up and confirmed (password {@code Caller.CHOSEN_PASSWORD}), as state for the steps that follow.
     */
    static Properties openTrackAndContacts(int count) {
        Properties state = new Properties();
        state.setProperty("track", Long.toString(Teams.openTrack(FinalsTeams.firstEdition()).getId()));
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(Teams.signedUpContact());
        }
        state.setProperty("contacts", String.join(" ", contacts));
        return state;
    }

    /** The contacts of {@link #openTrackAndContacts(int)}'s state. */
    static List<String> contacts(Properties state) {
        return List.of(state.getProperty("contacts").split(" "));
    }

    /** Runs the three steps for the contacts, {@code threads} at a time, until done or the server is gone. */
    List<Thread> start(List<String> contacts, int threads) {
        Queue<String> waiting = new ConcurrentLinkedQueue<>(contacts);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                String contact;
                while ((contact = waiting.poll()) != null) {
                    try {
                        register(contact);
                    } catch (IOException serverGone) {
                        cutOff.incrementAndGet(); // this request's outcome is unknown: the server died under it
                        return;
                    } catch (Unavailable e) {
                        unexpected.add(contact + ": 503 in the storm");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "storm-" + i);
            worker.start();
            workers.add(worker);
        }
        return workers;
    }

    /**
     * The contacts of {@link #openTrackAndContacts(int)}'s state completing their registrations, {@code threads}
     * at a time, as patient people would while a fault is injected: each contact {@link #resume resumes} until
     * done, trying again a quarter of a second after each 503, at most {@code attempts} times (then it is
     * recorded as unexpected: the server did not recover). {@link #waiting} holds the contacts not yet begun.
     */
    static RegistrationStorm patient(Properties state, int threads, int attempts) {
        RegistrationStorm storm = new RegistrationStorm(ServerProcess.BASE, Long.parseLong(state.getProperty("track")),
                Caller.CHOSEN_PASSWORD, Api.onePagePdf());
        storm.waiting.addAll(contacts(state));
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                String contact;
                while ((contact = storm.waiting.poll()) != null) {
                    storm.complete(contact, attempts);
                }
            }, "registering-" + i);
            worker.start();
            storm.workers.add(worker);
        }
        return storm;
    }

    /**
     * Waits for the patient contacts to be done, and keeps in the state what the records are checked against
     * (the PDF's checksum and size).
     */
    void finish(Properties state) throws InterruptedException {
        for (Thread worker : workers) {
            worker.join();
        }
        state.setProperty("sha256", Checksums.sha256(pdf));
        state.setProperty("size", Integer.toString(pdf.length));
    }

    private void complete(String contact, int attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                resume(contact);
                return;
            } catch (Unavailable e) {
                if (attempt == attempts) {
                    unexpected.add(contact + ": still unavailable after " + attempts + " tries");
                    return;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (Exception e) {
                unexpected.add(contact + ": " + e);
                return;
            }
        }
    }

    private void register(String contact) throws IOException, InterruptedException {
        Acknowledged ack = acknowledged.computeIfAbsent(contact, c -> new Acknowledged());
        String auth = Api.basic(contact, password);
        HttpResponse<String> created = call(() -> api.send("POST", "/api/registrations?track=" + track, auth, null,
                team(contact)));
        if (expect(created, 201, contact)) {
            ack.id = Api.number(created.body(), "id");
            ack.created = true;
            if (expect(call(() -> api.post("/api/registrations/" + ack.id + "/materials?name=plan.pdf", auth, pdf,
                    "application/pdf")), 201, contact)) {
                ack.attached = true;
                HttpResponse<String> submitted = call(() -> api.send("POST", "/api/registrations/" + ack.id
                        + "/submission", auth, Long.toString(Api.number(created.body(), "version")), null));
                ack.submitted = expect(submitted, 200, contact);
            }
        }
    }

    /**
     * What a contact does after a failure: asks the server what it has and completes what is missing. Safe
     * to repeat; a 503 the server marks as passing ({@link Unavailable}) ends it, to be tried again.
     */
    Resumed resume(String contact) throws IOException, InterruptedException {
        String auth = Api.basic(contact, password);
        Acknowledged ack = acknowledged.computeIfAbsent(contact, c -> new Acknowledged());
        Resumed resumed = new Resumed();
        String registrations = read("/api/registrations", auth, contact);
        if (registrations == null) {
            return resumed;
        }
        List<Long> mine = ids(registrations);
        if (mine.size() > 1) {
            unexpected.add(contact + " has " + mine.size() + " registrations: " + mine);
            return resumed;
        }
        long id;
        if (mine.isEmpty()) {
            HttpResponse<String> created = call(() -> api.send("POST", "/api/registrations?track=" + track, auth, null,
                    team(contact)));
            if (!expect(created, 201, contact)) {
                return resumed;
            }
            id = Api.number(created.body(), "id");
            resumed.created = true;
        } else {
            id = mine.get(0);
            resumed.doneUnanswered += ack.created ? 0 : 1;
        }
        String materials = read("/api/registrations/" + id + "/materials", auth, contact);
        if (materials == null) {
            return resumed;
        }
        if (ids(materials).isEmpty()) {
            if (!expect(call(() -> api.post("/api/registrations/" + id + "/materials?name=plan.pdf", auth, pdf,
                    "application/pdf")), 201, contact)) {
                return resumed;
            }
            resumed.attached = true;
        } else {
            resumed.doneUnanswered += ack.attached ? 0 : 1;
        }
        String current = read("/api/registrations/" + id, auth, contact);
        if (current == null) {
            return resumed;
        }
        Matcher status = STATUS.matcher(current);
        if (status.find() && status.group(1).equals("DRAFT")) {
            resumed.submitted = expect(call(() -> api.send("POST", "/api/registrations/" + id + "/submission", auth,
                    Long.toString(Api.number(current, "version")), null)), 200, contact);
        } else {
            resumed.doneUnanswered += ack.submitted ? 0 : 1;
        }
        return resumed;
    }

    /** A GET's body, or null when it was refused unexpectedly (recorded). */
    private String read(String path, String auth, String contact) throws IOException, InterruptedException {
        HttpResponse<String> response = call(() -> api.send("GET", path, auth, null, null));
        return expect(response, 200, contact) ? response.body() : null;
    }

    /**
     * What a contact had to do again after the crash, and how many of its steps the server had done
     * although the crash cut off their answers.
     */
    static final class Resumed {
        boolean created;
        boolean attached;
        boolean submitted;
        int doneUnanswered;
    }

    private HttpResponse<String> call(Request request) throws IOException, InterruptedException {
        sent.incrementAndGet();
        HttpResponse<String> response = request.send();
        answers.incrementAndGet();
        return response;
    }

    /**
     * Whether the answer is the one expected; a 503 that says the service will be back (a {@code Retry-After}
     * and the problem {@code error.unavailable}, no detail of the failure) throws {@link Unavailable}; anything
     * else is recorded as unexpected.
     */
    private boolean expect(HttpResponse<String> response, int status, String contact) {
        if (response.statusCode() == status) {
            return true;
        }
        if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                && response.body().contains("\"key\":\"error.unavailable\"")
                && !response.body().contains("Exception") && !response.body().contains("\tat ")) {
            unavailable.incrementAndGet();
            lastUnavailable = System.nanoTime();
            throw new Unavailable();
        }
        unexpected.add(contact + ": " + response.request().method() + " " + response.request().uri() + " gave "
                + response.statusCode() + ": " + response.body());
        return false;
    }

    /** The server said it is briefly unavailable: try again shortly. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("503: the service is briefly unavailable", null, false, false);
        }
    }

    private static List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** A complete team whose people are the contact's own (unique in the track), in the API's JSON. */
    private static String team(String contact) {
        String tag = contact.substring(0, contact.indexOf('@'));
        String n = String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000));
        return team(tag, "s." + tag + "@hit.edu.cn", "134" + n, "135" + n, "136" + n);
    }

    /**
     * A complete team in the API's JSON: a presenting student (e-mail and mobile given), a teacher and an
     * enterprise expert whose e-mails are made of {@code tag}, a university and an enterprise.
     */
    static String team(String tag, String studentEmail, String studentMobile, String teacherMobile,
                       String expertMobile) {
        return "{\"teamName\":\"星火队 " + tag + "\",\"projectTitle\":\"产线缺陷检测\","
                + "\"problemStatement\":\"企业难题：产线缺陷难以实时发现\",\"resultSummary\":\"检测原型\","
                + "\"organizations\":[{\"name\":\"哈尔滨工业大学\",\"kind\":\"UNIVERSITY\"},"
                + "{\"name\":\"华为技术有限公司\",\"kind\":\"ENTERPRISE\",\"creditCode\":\"914403001922038216\"}],"
                + "\"members\":["
                + member("张喆", "STUDENT", "哈尔滨工业大学", studentEmail, studentMobile, true) + ","
                + member("李琨", "TEACHER", "哈尔滨工业大学", "t." + tag + "@hit.edu.cn", teacherMobile, false) + ","
                + member("王淼", "ENTERPRISE_EXPERT", "华为技术有限公司", "e." + tag + "@huawei.com", expertMobile, false)
                + "]}";
    }

    private static String member(String name, String kind, String organization, String email, String mobile,
                                 boolean presenter) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"organization\":\"" + organization
                + "\",\"email\":\"" + email + "\",\"mobile\":\"" + mobile + "\",\"presenter\":" + presenter + "}";
    }

    @FunctionalInterface
    interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }
}
