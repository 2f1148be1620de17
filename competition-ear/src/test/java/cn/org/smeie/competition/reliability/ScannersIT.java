package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault campaign, hostile access: the scanners of the field against the running server — sqlmap (SQL injection)
 * on the REST API's and the pages' parameters, public, as a team contact and as the committee, and wapiti
 * (injection, cross-site scripting, command execution, path traversal, header injection, open redirects) crawling
 * the portal and the committee's console, then wapiti's header and cookie checks over TLS (they found a script
 * policy allowing 'unsafe-inline' and 'unsafe-eval', no HSTS and no X-XSS-Protection: PrimeFaces' nonce-based
 * policy and SecurityHeaders mend them). Both are Debian packages (installed by {@code .ci/run}); where they are
 * missing the test is skipped. PostgreSQL only, the production database.
 * <p>
 * The scanners post forms and try every button they find, so the server first moves onto a database of its own
 * ({@code <suite's database>_scan}, seeded in the server) and goes back afterwards: the suite's data is not theirs
 * to change. Invariant: zero findings — sqlmap identifies no injection point, wapiti reports no vulnerability and
 * no server error caused by its payloads (it found ~700, all from forms posted with a view the server did not
 * keep: {@code PageFailures} now answers them with the page again).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:postgresql:.*")
class ScannersIT {

    private static final Logger LOG = Logger.getLogger(ScannersIT.class.getName());
    private static final String STATE = "scanners-it.properties";
    /** Time one sqlmap target may take before it counts as a failure of the test. */
    private static final long SQLMAP_MINUTES = 4;
    /** Time wapiti may crawl and attack. */
    private static final int WAPITI_SECONDS = 240;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistrationStorm.deployment(ScannersIT.class, SiblingDatabase.class);
    }

    /** The scanners' database while the server runs on it (the client steps run in the tests' JVM). */
    private static SiblingDatabase moved;

    @Inject
    Registrations registrations;

    @Test
    @Order(1)
    @RunAsClient
    void theServerMovesOntoADatabaseForTheScanners() throws Exception {
        assumeTrue(installed("sqlmap") && installed("wapiti"), "sqlmap and wapiti are not installed"
                + " (apt-get install sqlmap wapiti; .ci/run does)");
        SiblingDatabase scan = new SiblingDatabase(ServerProcess.environment(), "_scan");
        scan.create();
        ServerProcess.stop();
        moved = scan;
        ServerProcess.start(scan.environment);
    }

    @Test
    @Order(2)
    void aTrackATeamAndItsRegistration() throws Exception {
        assumeTrue(System.getenv("DB_URL").endsWith("_scan"), "the server does not run on the scanners' database");
        Properties state = new Properties();
        long edition = FinalsTeams.firstEdition();
        long track = Teams.openTrack(edition).getId();
        String contact = Teams.signedUpContact();
        Registration draft = registrations.create(track, Teams.validTeam());
        registrations.addMaterial(draft.getId(), "plan.pdf", new ByteArrayInputStream(Api.onePagePdf()));
        state.setProperty("edition", Long.toString(edition));
        state.setProperty("track", Long.toString(track));
        state.setProperty("registration", Long.toString(draft.getId()));
        state.setProperty("contact", contact);
        ServerProcess.keep(STATE, state);
        Caller.signOut();
    }

    @Test
    @Order(3)
    @RunAsClient
    void sqlmapFindsNoInjectionPoint() throws Exception {
        Properties state = scanState();
        String base = ServerProcess.BASE;
        String committee = "Authorization: " + Api.basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD);
        String team = "Authorization: " + Api.basic(state.getProperty("contact"), Caller.CHOSEN_PASSWORD);
        String edition = state.getProperty("edition");
        List<List<String>> targets = List.of(
                List.of("-u", base + "/api/certificates/QXCX-2023-T1-0001*"),
                List.of("-u", base + "/api/problems?edition=" + edition),
                List.of("-u", base + "/verify.xhtml?code=abc"),
                List.of("-u", base + "/results.xhtml?edition=" + edition),
                List.of("-u", base + "/api/team-accounts", "--data",
                        "{\"email\":\"scan*@team.example.cn\",\"displayName\":\"扫描*\",\"password\":\"Scan-Pass-2026*\"}"),
                List.of("-u", base + "/api/tracks?edition=" + edition, "--headers", committee),
                List.of("-u", base + "/console/search.xhtml?q=abc", "--headers", committee),
                List.of("-u", base + "/api/registrations/" + state.getProperty("registration") + "*", "--headers", team),
                List.of("-u", base + "/api/registrations?track=" + state.getProperty("track"), "--headers", team,
                        "--data", RegistrationStorm.team("scan*", "s.scan@hit.edu.cn", "13400000001", "13500000001",
                                "13600000001")));
        Path out = Files.createDirectories(ServerProcess.dataFolder().resolveSibling("sqlmap"));
        List<String> findings = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (List<String> target : targets) {
            // answers that refuse the probe (400, 404, 409, 422) are answers to compare, not a reason to stop
            List<String> command = new ArrayList<>(List.of("sqlmap", "--batch", "--flush-session", "--level=2",
                    "--risk=1", "--timeout=15", "--retries=1", "--ignore-code=400,404,409,422", "--output-dir=" + out));
            command.addAll(target);
            long t0 = System.nanoTime();
            String output = run(command, SQLMAP_MINUTES * 60);
            long seconds = (System.nanoTime() - t0) / 1_000_000_000;
            String where = String.join(" ", target.subList(0, 2));
            if (output.contains("identified the following injection point") || output.contains(" is vulnerable")) {
                findings.add(where + ": " + tail(output));
            }
            assertTrue(output.contains("do not appear to be injectable") || output.contains("identified the following"),
                    "sqlmap tested " + where + ": " + tail(output));
            figures.add(where.replace(base, "") + " " + seconds + " s");
        }
        LOG.info(() -> "ScannersIT: sqlmap --level=2 --risk=1 on " + targets.size() + " targets: " + figures
                + "; injection points found: " + findings.size());
        assertEquals(List.of(), findings, "sqlmap: no injection point");
    }

    @Test
    @Order(4)
    @RunAsClient
    void wapitiFindsNoVulnerability() throws Exception {
        scanState();
        wapiti(ServerProcess.BASE, "sql,blindsql,exec,file,xss,permanentxss,crlf,redirect,xxe,ssrf", WAPITI_SECONDS,
                "crawled and attacked");
    }

    /**
     * wapiti's checks of the headers (Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval' for scripts,
     * X-Frame-Options, X-Content-Type-Options, X-XSS-Protection, Strict-Transport-Security) and of the cookies
     * (HttpOnly, Secure), over TLS as browsers reach the site in production: the session cookie is Secure on a
     * TLS connection only, since the run command serves plain HTTP on this machine.
     */
    @Test
    @Order(5)
    @RunAsClient
    void wapitiFindsNoWeakHeaderOrCookieOverTls() throws Exception {
        scanState();
        wapiti(ServerProcess.TLS_BASE, "csp,cookieflags,http_headers", 60, "checked the headers and cookies of");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theServerGoesBackToTheSuitesDatabase() throws Exception {
        if (moved == null) {
            return;
        }
        ServerProcess.forget(STATE);
        ServerProcess.stop();
        ServerProcess.start(ServerProcess.environment());
        moved.drop();
        moved = null;
    }

    /**
     * Runs wapiti's {@code modules} on the site at {@code base} (signed in as the committee) for at most
     * {@code seconds}; asserts it found no vulnerability and caused no server error.
     */
    private static void wapiti(String base, String modules, int seconds, String did) throws Exception {
        Path report = ServerProcess.dataFolder().resolveSibling("wapiti.json");
        Files.deleteIfExists(report);
        List<String> command = List.of("wapiti", "-u", base + "/", "--scope", "folder", "--flush-session",
                "-m", modules, "--max-scan-time", Integer.toString(seconds), "--max-attack-time", "60", "-H",
                "Authorization: " + Api.basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD),
                "-f", "json", "-o", report.toString());
        String output = run(command, seconds + 600L);
        assertTrue(Files.isRegularFile(report), "wapiti wrote its report: " + tail(output));
        JsonObject json;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(report))) {
            json = reader.readObject();
        }
        Map<String, Integer> vulnerabilities = categories(json, "vulnerabilities");
        Map<String, Integer> anomalies = categories(json, "anomalies");
        int found = vulnerabilities.values().stream().mapToInt(Integer::intValue).sum();
        int errors = anomalies.values().stream().mapToInt(Integer::intValue).sum();
        LOG.info(() -> "ScannersIT: wapiti (" + modules + ") " + did + " " + base + " for at most " + seconds
                + " s: vulnerabilities " + vulnerabilities + ", anomalies " + anomalies);
        assertEquals(0, found, "wapiti: no vulnerability; report " + report + ": " + vulnerabilities);
        // an anomaly is a server error (500) that a payload caused: bad input must be refused, not break a page
        assertEquals(0, errors, "wapiti: no server error; report " + report + ": " + anomalies);
    }

    /** The categories of a wapiti JSON report's section that hold findings, with how many. */
    private static Map<String, Integer> categories(JsonObject report, String section) {
        Map<String, Integer> counts = new TreeMap<>();
        JsonObject categories = report.getJsonObject(section);
        if (categories != null) {
            categories.forEach((category, findings) -> {
                int count = findings.asJsonArray().size();
                if (count > 0) {
                    counts.put(category, count);
                }
            });
        }
        return counts;
    }

    private static Properties scanState() throws Exception {
        assumeTrue(Files.exists(ServerProcess.dataFolder().resolve(STATE)), "no scan database");
        return ServerProcess.recall(STATE);
    }

    private static String run(List<String> command, long seconds) throws Exception {
        Path log = Files.createTempFile("scanner", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        Files.delete(log);
        assertTrue(ended, String.join(" ", command) + " ran past " + seconds + " s: " + tail(output));
        return output;
    }

    private static String tail(String output) {
        return output.length() > 3000 ? "…" + output.substring(output.length() - 3000) : output;
    }

    private static boolean installed(String program) throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    }
}
