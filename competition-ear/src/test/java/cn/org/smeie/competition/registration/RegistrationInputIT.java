package cn.org.smeie.competition.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.boundary.AuditQuery;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.registration.boundary.RegistrationImport.ImportReport;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.control.ImportColumn;
import cn.org.smeie.competition.registration.control.ImportedTeam;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What comes into registration from outside. Import of a track's teams from a spreadsheet: 500
 * teams of which 20 carry one bad row each give 480 registrations and 20 reasons; the same file
 * again adds nothing; an invited contact chooses a password by the mailed link; a host imports into
 * its own track only. A corpus of bad input: each item refused with its field named, nothing written;
 * rare characters, full-width digits and markup in free text are taken as they are meant.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationInputIT {

    private static final Logger LOG = Logger.getLogger(RegistrationInputIT.class.getName());
    private static final int TEAMS = 500;
    private static final int BAD_EVERY = 25;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(RegistrationInputIT.class);
    }

    @Inject
    RegistrationImport imports;

    @Inject
    Registrations registrations;

    @Inject
    TeamSignUp signUp;

    @Inject
    AuditLog audit;

    @Inject
    Editions editions;

    private long edition;
    private Track track;

    @BeforeEach
    void openTrack() {
        Mailbox.start();
        edition = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
        track = Teams.openTrack(edition);
    }

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void fiveHundredTeamsWithTwentyBadRowsGiveFourHundredEightyRegistrationsAndTwentyReasons() throws IOException {
        String tag = Deployments.uniqueCode("").toLowerCase();
        byte[] file = workbook(tag);
        Caller.newAccount("imh", Role.HOST, Set.of(track.getId()), Set.of());

        long started = System.nanoTime();
        ImportReport report = imports.importTeams(track.getId(), "teams.xlsx", new ByteArrayInputStream(file));
        LOG.info(() -> "import of " + TEAMS + " teams took " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertEquals(TEAMS * 3, report.rows());
        assertEquals(TEAMS, report.teams());
        assertEquals(TEAMS - 20, report.imported(), () -> report.problems().toString());
        assertEquals(20, report.refusedTeams());
        assertEquals(20, report.problems().size(), () -> report.problems().toString());
        Set<Integer> badRows = new TreeSet<>();
        for (int team = 0; team < TEAMS; team += BAD_EVERY) {
            badRows.add(2 + team * 3 + badRowOf(team / BAD_EVERY));
        }
        assertEquals(badRows, report.problems().stream().map(ImportedTeam.Problem::row)
                .collect(Collectors.toCollection(TreeSet::new)), "each reason on the bad row itself");
        assertEquals(List.of("import.kind.unknown", "import.presenter.unknown", "registration.presenter.studentsOnly",
                "validation.email", "validation.mobile", "registration.creditCode.invalid",
                "import.organizationKind.unknown", "import.teamField.differs", "registration.person.taken",
                "validation.required"), report.problems().stream().limit(10)
                .map(p -> p.violation().key()).toList());
        assertEquals(TEAMS - 20, registrations.countOfTrack(track.getId(),
                new RegistrationQuery(RegistrationStatus.SUBMITTED, null, null)));
        assertEquals(TEAMS - 20, registrations.countOfTrack(track.getId(), RegistrationQuery.all()),
                "nothing of a refused team");

        ImportReport again = imports.importTeams(track.getId(), "teams.xlsx", new ByteArrayInputStream(file));
        assertEquals(0, again.imported());
        assertEquals(TEAMS - 20, again.alreadyRegistered());
        assertEquals(20, again.problems().size());
        assertEquals(TEAMS - 20, registrations.countOfTrack(track.getId(), RegistrationQuery.all()),
                "importing the same file again adds nothing");

        Caller.asCommittee();
        assertEquals(2, audit.count(new AuditQuery(null, track.getId(), "Track", "IMPORT_FILE", null, null)));
        assertEquals(TEAMS - 20, audit.count(new AuditQuery(null, track.getId(), "Registration", "IMPORT", null, null)));
    }

    @Test
    void anInvitedContactChoosesAPasswordByTheMailedLinkAndFindsItsSubmittedRegistration() {
        String tag = Deployments.uniqueCode("").toLowerCase();
        String contact = "lead." + tag + "@hit.edu.cn";
        String csv = header() + "\n" + String.join("\n", teamRows(contact, "燎原队 " + tag, 13, tag, -1, null)) + "\n";
        Caller.asCommittee();
        ImportReport report = imports.importTeams(track.getId(), "teams.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, report.imported(), () -> report.problems().toString());

        Caller.signOut();
        assertTrue(Caller.signIn(contact, "") != jakarta.security.enterprise.AuthenticationStatus.SUCCESS,
                "no password until the contact chooses one");
        String token = Mailbox.confirmationToken(contact);
        assertTrue(signUp.needsPassword(token));
        InvalidInputException weak = assertThrows(InvalidInputException.class, () -> signUp.confirm(token, "short"));
        assertEquals("password.tooShort", weak.violations().get(0).key());
        assertThrows(InvalidInputException.class, () -> signUp.confirm(token), "a password must be chosen");
        signUp.confirm(token, Caller.CHOSEN_PASSWORD);
        Caller.as(contact, Caller.CHOSEN_PASSWORD);
        List<Registration> mine = registrations.mine();
        assertEquals(1, mine.size());
        assertEquals(RegistrationStatus.SUBMITTED, mine.get(0).getStatus());
        assertEquals("燎原队 " + tag, mine.get(0).getTeamName());
        assertTrue(Mailbox.subject(Mailbox.awaitSubject(contact, "报名已提交")).contains("燎原队 " + tag));
    }

    @Test
    void aHostImportsIntoItsOwnTrackOnlyAndABadFileWritesNothing() {
        Track other = Teams.openTrack(edition);
        Caller.newAccount("imo", Role.HOST, Set.of(other.getId()), Set.of());
        byte[] csv = (header() + "\n" + String.join("\n", teamRows("x." + Deployments.uniqueCode("").toLowerCase()
                + "@hit.edu.cn", "队", 15, Deployments.uniqueCode("").toLowerCase(), -1, null)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(AccessDeniedException.class, () -> imports.importTeams(track.getId(), "teams.csv",
                new ByteArrayInputStream(csv)));
        byte[] template = imports.template();
        InvalidInputException truncated = assertThrows(InvalidInputException.class, () -> imports.importTeams(
                other.getId(), "cut.xlsx", new ByteArrayInputStream(Arrays.copyOf(template, template.length / 2))));
        assertEquals("import.unreadable", truncated.violations().get(0).key());
        assertEquals(0, registrations.countOfTrack(other.getId(), RegistrationQuery.all()));
        assertEquals(1, imports.importTeams(other.getId(), "teams.csv", new ByteArrayInputStream(csv)).imported());
    }

    /** One item of the bad-input corpus: how it breaks a valid team, and the refusal it must get. */
    private record Bad(String what, UnaryOperator<RegistrationForm> change, String field, String key) {
    }

    private static List<Bad> corpus() {
        String tooLong = "长".repeat(101);
        return List.of(
                new Bad("empty team name", f -> team(f, "", null), "teamName", "validation.required"),
                new Bad("blank team name", f -> team(f, " \t ", null), "teamName", "validation.required"),
                new Bad("team name of 101 characters", f -> team(f, tooLong, null), "teamName", "validation.tooLong"),
                new Bad("NUL byte in the team name", f -> team(f, "星火\u0000队", null), "teamName",
                        "validation.controlCharacters"),
                new Bad("half an emoji in the project", f -> team(f, null, "项目\uD83D"), "projectTitle",
                        "validation.controlCharacters"),
                new Bad("script tag as a name", f -> member(f, 0, "<script>alert(1)</script>", null, null),
                        "members[0].name", "validation.personName"),
                new Bad("SQL in a name", f -> member(f, 0, "Robert'); DROP TABLE registration;--", null, null),
                        "members[0].name", "validation.personName"),
                new Bad("emoji in a name", f -> member(f, 0, "张喆😀", null, null), "members[0].name",
                        "validation.personName"),
                new Bad("digits in a name", f -> member(f, 0, "张喆2", null, null), "members[0].name",
                        "validation.personName"),
                new Bad("name of 51 characters", f -> member(f, 0, "喆".repeat(51), null, null), "members[0].name",
                        "validation.tooLong"),
                new Bad("e-mail without a domain", f -> member(f, 1, null, "kun@", null), "members[1].email",
                        "validation.email"),
                new Bad("SQL as an e-mail", f -> member(f, 1, null, "' OR '1'='1", null), "members[1].email",
                        "validation.email"),
                new Bad("mobile of 10 digits", f -> member(f, 2, null, null, "1391234567"), "members[2].mobile",
                        "validation.mobile"),
                new Bad("mobile with letters", f -> member(f, 2, null, null, "139abcdefgh"), "members[2].mobile",
                        "validation.mobile"),
                new Bad("31 members", f -> new RegistrationForm(f.teamName(), f.projectTitle(), f.problemStatement(),
                        f.resultSummary(), java.util.Collections.nCopies(31, f.members().get(0)), f.organizations()),
                        "members", "validation.tooMany"),
                new Bad("credit code with a wrong check character", f -> new RegistrationForm(f.teamName(),
                        f.projectTitle(), f.problemStatement(), f.resultSummary(), f.members(), List.of(
                        f.organizations().get(0), new OrganizationForm(f.organizations().get(1).name(),
                                OrganizationKind.ENTERPRISE, "914403001922038217"))),
                        "organizations[1].creditCode", "registration.creditCode.invalid"),
                new Bad("no form at all", f -> null, "input", "validation.required"));
    }

    @Test
    void everyItemOfTheBadInputCorpusIsRefusedByFieldAndNothingIsWritten() {
        Teams.signedUpContact();
        RegistrationForm valid = Teams.validTeam();
        for (Bad bad : corpus()) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> registrations.create(track.getId(), bad.change().apply(valid)), bad.what());
            assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals(bad.field())
                    && v.key().equals(bad.key())), bad.what() + ": " + refused.violations());
            assertTrue(refused.message(Locale.SIMPLIFIED_CHINESE).length() > 0
                    && !refused.message(Locale.ENGLISH).contains("{"), bad.what() + ": a sentence in zh and en");
            assertEquals(List.of(), registrations.mine(), bad.what() + " wrote nothing");
        }
    }

    @Test
    void rareCharactersFullWidthDigitsAndMarkupInFreeTextAreTakenAsMeant() {
        Teams.signedUpContact();
        RegistrationForm valid = Teams.validTeam();
        String rare = "喆堃玥昇淼珺婧彧祎翀琨𠮷";
        String markup = "<b>星火</b> & \"队\" 🔥 " + Deployments.uniqueCode("");
        RegistrationForm form = member(member(team(valid, markup, null), 0, rare, null, "１３９" + valid.members()
                .get(0).mobile().substring(3)), 1, "阿卜杜·热合曼", "ＫＵＮ." + valid.members().get(1).email()
                .substring(4).toUpperCase(Locale.ROOT), null);
        Registration saved = registrations.create(track.getId(), form);
        RegistrationForm stored = registrations.registration(saved.getId()).form();
        assertEquals(markup, stored.teamName(), "free text is stored as typed; pages escape it");
        assertEquals(rare, stored.members().get(0).name());
        assertEquals(valid.members().get(0).mobile(), stored.members().get(0).mobile(), "full-width digits become digits");
        assertEquals("阿卜杜·热合曼", stored.members().get(1).name());
        assertEquals("kun." + valid.members().get(1).email().substring(4), stored.members().get(1).email(),
                "full-width letters and upper case become the plain address");
    }

    private static RegistrationForm team(RegistrationForm f, String teamName, String projectTitle) {
        return new RegistrationForm(teamName == null ? f.teamName() : teamName,
                projectTitle == null ? f.projectTitle() : projectTitle, f.problemStatement(), f.resultSummary(),
                f.members(), f.organizations());
    }

    private static RegistrationForm member(RegistrationForm f, int index, String name, String email, String mobile) {
        List<MemberForm> members = new ArrayList<>(f.members());
        MemberForm m = members.get(index);
        members.set(index, new MemberForm(name == null ? m.name() : name, m.kind(), m.organization(), m.title(),
                email == null ? m.email() : email, mobile == null ? m.mobile() : mobile, m.presenter()));
        return new RegistrationForm(f.teamName(), f.projectTitle(), f.problemStatement(), f.resultSummary(), members,
                f.organizations());
    }

    /** Which row of a bad team (0 student, 1 teacher, 2 enterprise expert) carries its fault. */
    private static int badRowOf(int fault) {
        return new int[] {0, 0, 1, 1, 2, 2, 2, 2, 0, 2}[fault % 10];
    }

    private static byte[] workbook(String tag) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int team = 0; team < TEAMS; team++) {
            int fault = team % BAD_EVERY == 0 ? (team / BAD_EVERY) % 10 : -1;
            // fault 8 names the student of the team before, which was imported whole
            String taken = fault == 8 ? studentEmail(team - 1, tag) : null;
            for (String line : teamRows("c" + team + "." + tag + "@team.example.cn", "队" + team + " " + tag, team, tag,
                    fault, taken)) {
                rows.add(line.split(",", -1));
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[] header = header().split(",");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String header() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
    }

    /** A name's distinguishing part: names hold no digits. */
    private static String letters(int team) {
        return Integer.toString(team, 26).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c)
                ? 'a' + c - '0' : c - 'a' + 'k'))).collect(Collectors.joining());
    }

    private static String studentEmail(int team, String tag) {
        return "s" + team + "." + tag + "@hit.edu.cn";
    }

    /**
     * The three rows of a team (student presenting, teacher, enterprise expert) in the order of
     * {@link ImportColumn}; {@code fault} 0–9 breaks one row in one way (see the test's expectations),
     * -1 none; {@code takenEmail}, when given, is the student's e-mail.
     */
    private static List<String> teamRows(String contact, String teamName, int team, String tag, int fault,
                                         String takenEmail) {
        String mobile = "1370" + String.format("%06d", team);
        String[][] people = {
            {"张喆" + letters(team), fault == 0 ? "博士后" : "学生", "哈尔滨工业大学", "高校", "",
                takenEmail != null ? takenEmail : studentEmail(team, tag), mobile + "1", fault == 1 ? "也许" : "是"},
            {"李琨" + letters(team), "教师", "哈尔滨工业大学", "高校", "",
                fault == 3 ? "not-an-email" : "t" + team + "." + tag + "@hit.edu.cn", mobile + "2", fault == 2 ? "是" : "否"},
            {fault == 9 ? "" : "王淼" + letters(team), "企业专家", "华为技术有限公司", fault == 6 ? "研究所" : "企业",
                fault == 5 ? "914403001922038217" : "914403001922038216", "e" + team + "." + tag + "@huawei.com",
                fault == 4 ? "12345" : mobile + "3", "否"},
        };
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            String name = fault == 7 && i == 2 ? teamName + " 改" : i == 0 ? teamName : "";
            boolean first = i == 0;
            // columns: contact e-mail, contact name, team, project, problem, result, member, kind, organization,
            // organization kind, credit code, title, e-mail, mobile, presenter
            rows.add(String.join(",", contact, first ? "联系人" + team : "", name, first ? "项目" + team : "",
                    first ? "难题" : "", first ? "成果" : "", p[0], p[1], p[2], p[3], p[4], "职称", p[5], p[6], p[7]));
        }
        return rows;
    }
}
