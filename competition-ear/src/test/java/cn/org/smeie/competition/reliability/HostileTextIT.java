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
import cn.org.smeie.competition.careers.boundary.Careers;
import cn.org.smeie.competition.careers.entity.Position;
import cn.org.smeie.competition.careers.entity.PositionForm;
import cn.org.smeie.competition.careers.entity.PositionKind;
import cn.org.smeie.competition.careers.entity.Recommendation;
import cn.org.smeie.competition.careers.entity.RecommendationStatus;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.publicity.boundary.Publicity;
import cn.org.smeie.competition.publicity.entity.PublicityForm;
import cn.org.smeie.competition.publicity.entity.PublicityRecord;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.support.boundary.ConversionSupport;
import cn.org.smeie.competition.support.entity.Expert;
import cn.org.smeie.competition.support.entity.ExpertForm;
import cn.org.smeie.competition.support.entity.SupportCase;
import cn.org.smeie.competition.support.entity.SupportKind;
import cn.org.smeie.competition.support.entity.SupportRequest;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
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
 * spreadsheet formula, a script URL — typed into the free-text fields people fill in is shown as the same text
 * wherever it comes out: escaped in the pages (never markup, never evaluated), a plain text cell in the exports and
 * reports (never a formula), the same characters in the PDFs and in the API's JSON. The fields: a team's
 * registration, an enterprise's problem (posted without an account) and the committee's moderation note, an honour
 * the committee grants and its certificate's revocation, a track's details, a judge's comment, and what follows the
 * finals (a position, a student's consent, a recommendation's progress, a support request, its notes and outcome, a
 * media report). The outputs: the console's review, search, printable results, careers and support pages, the
 * team's aftercare page, the public portal, problem board, problem page, results page and certificate
 * verification, the registrations and track directory exports, the results reports (xlsx, PDF), the certificate PDF
 * and the judge's sheet in the API. (Mails are plain text.)
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

    @Inject
    TrackCatalog catalog;

    @Inject
    Judging judging;

    @Inject
    Careers careers;

    @Inject
    ConversionSupport support;

    @Inject
    Publicity publicity;

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
        String cookie = committee();
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
        // revoked with a hostile reason, which the public verification page shows
        String reason = "撤销原因" + SCRIPT + BREAK_OUT + EL;
        certificates.revoke(certificate.getId(), certificate.getVersion(), reason);
        checked.add(escapedIn(page("verify.xhtml?code=" + certificate.getVerificationCode(), null),
                "the public verification of the revoked certificate", List.of(reason)));
        LOG.info(() -> "HostileTextIT: " + checked.size() + " outputs checked: " + String.join("; ", checked));
    }

    @Test
    void hostileTextInTracksProblemsJudgingResultsAndAftercareComesOutAsTyped() throws Exception {
        String tag = Deployments.uniqueCode("").toLowerCase();
        List<String> checked = new ArrayList<>();

        // a track of the current edition, whose details the public portal lists
        long current = FinalsTeams.firstEdition();
        Track track = Teams.openTrack(current);
        String field = "恶意领域" + tag + SCRIPT;
        String focus = "场景" + BREAK_OUT + EL;
        String objective = "目标" + EL_DOLLAR + TEMPLATE + SCRIPT_URL;
        track = catalog.update(track.getId(), track.getVersion(), new TrackDetails(track.getCode(), field,
                "Field " + BREAK_OUT, focus, "能力" + FORMULA, objective, track.getHostOrganization().getName(),
                "赵老师", "13800138000", null));

        // an enterprise's problem in it, published by the committee with a note of its own
        Caller.signOut();
        String problemTitle = "恶意难题" + tag + BREAK_OUT;
        PostedProblem posted = board.post(new ProblemForm(track.getId(), "恶意企业" + EL, problemTitle, "领域" + SCRIPT,
                "描述" + SCRIPT + EL_DOLLAR + TEMPLATE, SCRIPT_URL, "钱工", "qian." + tag + "@enterprise.example.cn",
                Teams.mobile()));
        Caller.asCommittee();
        EnterpriseProblem problem = board.all(current).stream().filter(p -> p.getId() == posted.problemId())
                .findFirst().orElseThrow();
        String moderation = "审核意见" + SCRIPT + EL;
        board.moderate(problem.getId(), problem.getVersion(), true, moderation);

        checked.add(escapedIn(page("index.xhtml", null), "the portal's tracks",
                List.of(field, focus, objective)));
        checked.add(escapedIn(page("problems.xhtml", null), "the public problem board",
                List.of(problemTitle, "描述" + SCRIPT + EL_DOLLAR + TEMPLATE)));
        checked.add(escapedIn(page("problem.xhtml?code=" + posted.manageCode(), null),
                "the enterprise's page with the committee's note", List.of(problemTitle, moderation)));

        // the track directory export: the details as typed, text cells
        JobRun directory = Jobs.completed(jobs, jobs.exportTrackDirectory(current), Duration.ofMinutes(3));
        assertEquals(List.of(), notTextCells(jobs.exportFile(directory.executionId()), track.getCode(),
                List.of(field, focus, "能力" + FORMULA, objective)), "the track directory export");
        checked.add("the track directory export");

        // an edition after its finals: the first prize's team hostile, its judge's comment too
        RegistrationForm valid = Teams.validTeam();
        String team = "恶意获奖队" + tag + SCRIPT;
        String project = "项目" + BREAK_OUT + EL;
        String comment = "评语" + SCRIPT + BREAK_OUT + EL + EL_DOLLAR + TEMPLATE + FORMULA;
        AfterFinals.Fixture f = AfterFinals.withConfirmedFinals(new RegistrationForm(team, project, valid.problemStatement(),
                valid.resultSummary(), valid.members(), valid.organizations()), comment);

        // the judge reads the comment back through the API: the same characters
        Caller.as(f.judge(), Caller.CHOSEN_PASSWORD);
        ScoreSheet sheet = judging.mySheets(f.finalRoundId()).stream()
                .filter(s -> s.getRegistration().getId().equals(f.firstPrize().getId())).findFirst().orElseThrow();
        assertEquals(comment, sheet.getComment(), "kept as typed");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(ServerProcess.BASE
                + "/api/judging/sheets/" + sheet.getId())).header("Authorization", Api.basic(f.judge(),
                Caller.CHOSEN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON, never a page: " + api.headers());
        try (JsonReader reader = Json.createReader(new StringReader(api.body()))) {
            assertEquals(comment, reader.readObject().getString("comment"), "the judge's comment in the API");
        }
        checked.add("the judge's sheet in the API");

        // the results: the committee's printable page, the reports the aggregation writes (of rounds not yet
        // published), the public page
        Caller.asCommittee();
        checked.add(escapedIn(page("console/results-print.xhtml?round=" + f.finalRoundId(), committee()),
                "the printable results", List.of(team)));
        JobRun aggregation = Jobs.completed(jobs, jobs.aggregateScores(f.editionId()), Duration.ofMinutes(3));
        String xlsx = aggregation.files().stream().filter(n -> n.startsWith("results-") && n.endsWith(".xlsx"))
                .findFirst().orElseThrow(() -> new AssertionError("no results sheet: " + aggregation));
        assertEquals(List.of(), notTextCells(jobs.file(aggregation.executionId(), xlsx), team, List.of(team,
                project)), "the results sheet " + xlsx);
        String pdfName = xlsx.replace(".xlsx", ".pdf");
        try (PDDocument pdf = Loader.loadPDF(jobs.file(aggregation.executionId(), pdfName).toFile())) {
            // a table cell shortens a long name with an ellipsis: the characters it shows are the name's own
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            String shown = "恶意获奖队" + tag + "<script>alert(";
            assertTrue(text.contains(team) || text.contains(shown), "the team as typed in " + pdfName + ": " + text);
        }
        checked.add("the results reports " + xlsx + " and " + pdfName);
        judging.publish(f.finalRoundId(), judging.round(f.finalRoundId()).getVersion());

        // what follows the finals: a position, a recommendation, a support case, a media report
        Member student = registrations.registration(f.firstPrize().getId()).getMembers().stream()
                .filter(m -> m.getKind() == MemberKind.STUDENT).findFirst().orElseThrow();
        String position = "恶意岗位" + tag + SCRIPT;
        Position offered = careers.addPosition(f.editionId(), new PositionForm("企业" + EL, position,
                PositionKind.INTERNSHIP, "深圳" + BREAK_OUT, "2024-03", "说明" + TEMPLATE));
        String consent = "同意" + BREAK_OUT + EL_DOLLAR;
        Recommendation recommended = careers.recommend(offered.getId(), student.getId(), consent);
        String progress = "面试" + SCRIPT + TEMPLATE;
        careers.advance(recommended.getId(), recommended.getVersion(), RecommendationStatus.INTERVIEWED, progress);
        Expert expert = support.registerExpert(new ExpertForm("钱律师", "律所" + SCRIPT, "专长" + EL,
                Set.of(SupportKind.LEGAL_ADVICE), null, null));
        Caller.as(f.contacts().get(0), Caller.CHOSEN_PASSWORD);
        String asked = "申请" + BREAK_OUT + EL;
        SupportCase c = support.request(f.firstPrize().getId(), new SupportRequest(Set.of(SupportKind.LEGAL_ADVICE),
                asked));
        Caller.asCommittee();
        c = support.assign(c.getId(), c.getVersion(), expert.getId());
        String noted = "跟进" + SCRIPT + EL_DOLLAR;
        c = support.note(c.getId(), c.getVersion(), noted);
        String outcome = "结果" + BREAK_OUT + TEMPLATE;
        support.close(c.getId(), c.getVersion(), outcome);
        String press = "报道" + tag + SCRIPT + EL;
        PublicityRecord record = publicity.addRecord(f.editionId(), new PublicityForm(f.firstPrize().getId(),
                "媒体" + BREAK_OUT, press, LocalDate.of(2024, 1, 8), "https://example.cn/news/" + tag));
        publicity.showRecord(record.getId(), record.getVersion(), true);

        String committee = committee();
        checked.add(escapedIn(page("committee/careers.xhtml?edition=" + f.editionId(), committee),
                "the committee's careers page", List.of(position, consent, progress)));
        checked.add(escapedIn(page("committee/support.xhtml?edition=" + f.editionId(), committee),
                "the committee's support page", List.of(asked, outcome)));
        checked.add(escapedIn(page("team/aftercare.xhtml", session(f.contacts().get(0), Caller.CHOSEN_PASSWORD)),
                "the team's aftercare page", List.of(position, noted, outcome)));
        checked.add(escapedIn(page("results.xhtml?edition=" + f.editionId(), null), "the public results",
                List.of(team, project, press)));
        Caller.signOut();
        LOG.info(() -> "HostileTextIT: " + checked.size() + " outputs checked: " + String.join("; ", checked));
    }

    /** The hostile texts not found as a text cell of the first sheet's row that holds {@code key}. */
    private static List<String> notTextCells(Path xlsx, String key, List<String> hostile) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> texts = new ArrayList<>();
                boolean formula = false;
                for (Cell cell : row) {
                    formula |= cell.getCellType() == CellType.FORMULA;
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
                if (texts.contains(key)) {
                    List<String> missing = new ArrayList<>(hostile.stream().filter(h -> !texts.contains(h)).toList());
                    if (formula) {
                        missing.add("a formula in the row");
                    }
                    return missing;
                }
            }
        }
        return List.of("no row holds " + key);
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

    private String committee() throws Exception {
        return session(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD);
    }

    /** The session cookie of a sign-in by the API. */
    private String session(String user, String password) throws Exception {
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(ServerProcess.BASE
                        + "/api/editions/current")).header("Authorization", Api.basic(user, password)).build(),
                HttpResponse.BodyHandlers.ofString());
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
