package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.it.AfterFinals;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.problemboard.boundary.PostedProblem;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.problemboard.entity.ProblemForm;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.reports.boundary.RegistrationExport;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile text — script tags, an attribute break-out, expression-language and template expressions, a
 * spreadsheet formula, a script URL — typed into the free-text fields people fill in (a team's registration, an
 * enterprise's problem posted without an account, an honour the committee grants) is shown as the same text
 * wherever it comes out: escaped in the pages (never markup, never evaluated), a plain text cell in the exports
 * (never a formula), the same characters in the certificate PDF.
 */
@ExtendWith(ArquillianExtension.class)
class HostileTextIT {

    private static final Logger LOG = Logger.getLogger(HostileTextIT.class.getName());

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String BREAK_OUT = "\"><img src=x onerror=alert(1)>";
    static final String EL = "#{7*7}";
    static final String EL_DOLLAR = "${7*7}";
    static final String TEMPLATE = "{{7*7}}";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点我\")";
    static final String SCRIPT_URL = "javascript:alert(1)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(HostileTextIT.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    RegistrationExport export;

    @Inject
    ProblemBoard board;

    @Inject
    Results results;

    @Inject
    ReportJobs jobs;

    @Inject
    Certificates certificates;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hostileTextComesOutAsTheSameTextInPagesExportsAndCertificates() throws Exception {
        AfterFinals.Fixture edition = AfterFinals.openEdition();
        long track = edition.track().getId();
        String tag = Deployments.uniqueCode("").toLowerCase();
        String team = "恶意队" + tag + SCRIPT;
        String title = BREAK_OUT + " " + EL + " " + EL_DOLLAR;
        String statement = TEMPLATE + " " + FORMULA + " " + SCRIPT_URL;

        // a team contact registers with it
        Teams.signedUpContact();
        RegistrationForm valid = Teams.validTeam();
        Registration registration = registrations.create(track, new RegistrationForm(team, title, statement,
                EL + " " + SCRIPT, valid.members(), valid.organizations()));
        registrations.submit(registration.getId(), registration.getVersion());
        assertEquals(team, registrations.registration(registration.getId()).getTeamName(), "kept as typed");

        // an enterprise posts a problem without an account
        Caller.signOut();
        PostedProblem posted = board.post(new ProblemForm(track, "恶意企业" + SCRIPT, FORMULA + " " + BREAK_OUT,
                EL, EL_DOLLAR + " " + SCRIPT + " " + TEMPLATE, SCRIPT_URL + " " + EL, "赵工", "zhao." + tag
                + "@enterprise.example.cn", Teams.mobile()));

        // the committee grants an honour: a person's name takes no markup (refused, as names hold letters only), its
        // unit and citation are free text
        Caller.asCommittee();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> results.nominate(
                edition.editionId(), track, new HonorForm(Honor.Kind.STAFF, "王" + SCRIPT, "单位", "赛务组织")));
        assertEquals("name", refused.violations().get(0).field());
        String unit = "恶意单位" + BREAK_OUT + EL + SCRIPT;
        Honor honor = results.nominate(edition.editionId(), track, new HonorForm(Honor.Kind.STAFF, "王喆", unit,
                "赛务组织" + TEMPLATE));
        results.decide(honor.getId(), honor.getVersion(), true, null);
        Jobs.completed(jobs, jobs.generateCertificates(edition.editionId()),
                Duration.ofMinutes(3));

        List<String> checked = new ArrayList<>();
        String cookie = committeeSession();
        // pages: the registration as the committee reviews it, a search that finds it and one that is hostile itself
        checked.add(escapedIn(page("console/registrations.xhtml?registration=" + registration.getId(), cookie),
                "the registration's review", List.of(SCRIPT, BREAK_OUT, EL, EL_DOLLAR)));
        checked.add(escapedIn(page("console/search.xhtml?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8),
                cookie), "the search's hits", List.of(SCRIPT)));
        checked.add(escapedIn(page("console/search.xhtml?q=" + URLEncoder.encode(SCRIPT + BREAK_OUT + EL,
                StandardCharsets.UTF_8), cookie), "a hostile search's own echo", List.of(SCRIPT, BREAK_OUT, EL)));
        // the enterprise's own page of its posting (no account: the link's code)
        checked.add(escapedIn(page("problem.xhtml?code=" + posted.manageCode(), null), "the posting's page",
                List.of(SCRIPT, BREAK_OUT, FORMULA)));

        // the export: every hostile text a text cell, as typed
        Path xlsx = export.export(track);
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(1);
            assertEquals(String.valueOf(registration.getId()), row.getCell(0).getStringCellValue());
            for (int column : new int[] {1, 2}) {
                Cell cell = row.getCell(column);
                assertEquals(CellType.STRING, cell.getCellType(), "a text cell, never a formula");
            }
            assertEquals(team, row.getCell(1).getStringCellValue());
            assertEquals(title, row.getCell(2).getStringCellValue());
            checked.add("the registrations export");
        }

        // the certificate: the same characters, nothing else
        Certificate certificate = certificates.ofEdition(edition.editionId()).stream()
                .filter(c -> honor.getId().equals(c.getHonorId())).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(certificates.file(certificate.getId()).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains(unit.replaceAll("\\s+", "")), "the unit as typed: " + text);
            assertTrue(pdf.getDocumentCatalog().getNames() == null
                    || pdf.getDocumentCatalog().getNames().getJavaScript() == null, "no document JavaScript");
            assertEquals(null, pdf.getDocumentCatalog().getOpenAction(), "no action on opening");
            checked.add("the honour's certificate PDF");
        }
        LOG.info(() -> "HostileTextIT: " + checked.size() + " outputs checked: " + String.join("; ", checked));
    }

    /**
     * Asserts that the page shows each hostile text escaped — never as markup — and that no expression in it was
     * evaluated; returns what it checked, for the log.
     */
    private static String escapedIn(String html, String what, List<String> hostile) {
        // quotes may be written as entities or as they are (in text they end nothing); markup never
        String shown = html.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'");
        for (String text : hostile) {
            assertTrue(shown.contains(text.replace("<", "&lt;").replace(">", "&gt;")),
                    what + " shows " + text + " as text, unevaluated: " + excerpt(html));
        }
        assertFalse(html.contains("<script>alert"), what + " carries a script of its own");
        assertFalse(html.contains("<img src=x"), what + " carries an element of its own");
        return what;
    }

    private static String excerpt(String html) {
        int at = html.indexOf("恶意");
        return at < 0 ? html.substring(0, Math.min(html.length(), 3000)) : html.substring(Math.max(0, at - 500),
                Math.min(html.length(), at + 2500));
    }

    private String committeeSession() throws Exception {
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(ServerProcess.BASE
                        + "/api/editions/current")).header("Authorization", Api.basic(Caller.COMMITTEE,
                        Caller.COMMITTEE_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        return signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + signIn.headers())).split(";")[0];
    }

    private String page(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ServerProcess.BASE + "/" + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
