package cn.org.smeie.competition.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.control.MaterialStore;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.reports.boundary.RegistrationExport;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Team registration: drafts, the rules of the notice, submission, the deadline to the second, host decisions. */
@ExtendWith(ArquillianExtension.class)
class RegistrationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(RegistrationsIT.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    AuditLog audit;

    @Inject
    RegistrationExport export;

    private long edition;
    private Track track;

    @BeforeEach
    void openTrack() {
        edition = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
        track = Teams.openTrack(edition);
    }

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void aTeamRegistersSubmitsAndTheHostOfTheTrackApproves() {
        Teams.signedUpContact();
        Registration draft = registrations.create(track.getId(), Teams.validTeam());
        assertEquals(RegistrationStatus.DRAFT, draft.getStatus());
        Registration submitted = registrations.submit(draft.getId(), draft.getVersion());
        assertEquals(RegistrationStatus.SUBMITTED, submitted.getStatus());
        assertEquals(List.of(draft.getId()), registrations.mine().stream().map(Registration::getId).toList());

        Account host = Caller.newAccount("rh", Role.HOST, Set.of(track.getId()), Set.of()).account();
        assertEquals(1, registrations.countOfTrack(track.getId(), RegistrationQuery.all()));
        assertEquals(1, registrations.countOfTrack(track.getId(),
                new RegistrationQuery(RegistrationStatus.SUBMITTED, "哈尔滨", "华为")));
        assertEquals(0, registrations.countOfTrack(track.getId(), new RegistrationQuery(null, "清华", null)));
        Registration approved = registrations.approve(submitted.getId(), submitted.getVersion());
        assertEquals(RegistrationStatus.APPROVED, approved.getStatus());

        Caller.asCommittee();
        List<AuditEntry> history = audit.history("Registration", draft.getId());
        assertEquals(List.of("CREATE", "SUBMIT", "APPROVE"), history.stream().map(AuditEntry::getAction).toList());
        assertEquals(host.getUsername(), history.get(2).getActor());
        assertEquals(track.getId(), history.get(2).getTrackId());
    }

    @Test
    void submissionRefusesAnIncompleteTeamNamingEveryMissingPart() {
        Teams.signedUpContact();
        RegistrationForm team = Teams.validTeam();
        RegistrationForm onlyTheStudent = new RegistrationForm(team.teamName(), team.projectTitle(),
                team.problemStatement(), team.resultSummary(), List.of(team.members().get(0)),
                List.of(team.organizations().get(0)));
        Registration draft = registrations.create(track.getId(), onlyTheStudent);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> registrations.submit(draft.getId(), draft.getVersion()));
        assertEquals(List.of("registration.members.size", "registration.members.needs.TEACHER",
                        "registration.members.needs.ENTERPRISE_EXPERT", "registration.organizations.needs.ENTERPRISE"),
                refused.violations().stream().map(Violation::key).toList());
        assertTrue(refused.message(Locale.SIMPLIFIED_CHINESE).contains("团队至少需要一名企业专家。"));
        assertEquals(RegistrationStatus.DRAFT, registrations.registration(draft.getId()).getStatus());
    }

    @Test
    void fieldsAreRefusedByNameAndNothingIsWritten() {
        Teams.signedUpContact();
        RegistrationForm team = Teams.validTeam();
        MemberForm bad = new MemberForm("", team.members().get(0).kind(), team.members().get(0).organization(), null,
                "not-an-email", "12345", true);
        RegistrationForm broken = new RegistrationForm(" ", team.projectTitle(), team.problemStatement(),
                team.resultSummary(), List.of(bad, team.members().get(1), team.members().get(2)), team.organizations());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> registrations.create(track.getId(), broken));
        assertEquals(Set.of("teamName", "members[0].name", "members[0].email", "members[0].mobile"),
                Set.copyOf(refused.violations().stream().map(Violation::field).toList()));
        assertTrue(refused.message(Locale.SIMPLIFIED_CHINESE).contains("成员 1 · 手机: 应为以 1 开头的 11 位手机号码。"),
                refused.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(registrations.mine().isEmpty(), "nothing was written");
    }

    @Test
    void aPersonIsInOneTeamPerTrack() {
        RegistrationForm first = Teams.validTeam();
        Teams.signedUpContact();
        registrations.create(track.getId(), first);

        String secondContact = Teams.signedUpContact();
        RegistrationForm second = Teams.validTeam();
        RegistrationForm withTheSameStudent = new RegistrationForm(second.teamName(), second.projectTitle(),
                second.problemStatement(), second.resultSummary(), List.of(first.members().get(0),
                second.members().get(1), second.members().get(2)), second.organizations());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> registrations.create(track.getId(), withTheSameStudent));
        assertEquals(List.of(new Violation("members[0].email", "registration.person.taken"),
                new Violation("members[0].mobile", "registration.person.taken")), refused.violations());

        Track other = Teams.openTrack(edition);
        Caller.as(secondContact, Caller.CHOSEN_PASSWORD);
        assertEquals(RegistrationStatus.DRAFT, registrations.create(other.getId(), withTheSameStudent).getStatus(),
                "the same person may be in a team of another track");
    }

    @Test
    void aReturnedRegistrationIsEditedAndSubmittedAgainARejectedOneNot() {
        String contact = Teams.signedUpContact();
        Registration draft = registrations.create(track.getId(), Teams.validTeam());
        Registration submitted = registrations.submit(draft.getId(), draft.getVersion());
        assertThrows(ConflictException.class, () -> registrations.update(submitted.getId(), submitted.getVersion(),
                Teams.validTeam()), "a submitted registration is not the team's to change");

        Caller.newAccount("rh", Role.HOST, Set.of(track.getId()), Set.of());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> registrations.returnToTeam(submitted.getId(), submitted.getVersion(), " "));
        assertEquals("reason", noReason.violations().get(0).field());
        Registration returned = registrations.returnToTeam(submitted.getId(), submitted.getVersion(), "请补充企业专家的职称");
        assertEquals("请补充企业专家的职称", returned.getStatusReason());

        Caller.as(contact, Caller.CHOSEN_PASSWORD);
        RegistrationForm fixed = Teams.validTeam();
        Registration edited = registrations.update(returned.getId(), returned.getVersion(), fixed);
        assertEquals(fixed.teamName(), edited.getTeamName());
        Registration again = registrations.submit(edited.getId(), edited.getVersion());
        assertEquals(RegistrationStatus.SUBMITTED, again.getStatus());

        Caller.asCommittee();
        Registration rejected = registrations.reject(again.getId(), again.getVersion(), "与赛项方向不符");
        assertEquals(RegistrationStatus.REJECTED, rejected.getStatus());
        Caller.as(contact, Caller.CHOSEN_PASSWORD);
        ConflictException closed = assertThrows(ConflictException.class,
                () -> registrations.update(rejected.getId(), rejected.getVersion(), fixed));
        assertEquals("registration.notEditable", closed.key());
    }

    @Test
    void theDeadlineIsKeptToTheSecondInBeijingTime() throws InterruptedException {
        LocalDateTime deadline = LocalDateTime.now(Teams.BEIJING).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        Track closing = Teams.openTrack(edition, deadline);
        Teams.signedUpContact();
        Registration draft = registrations.create(closing.getId(), Teams.validTeam());

        sleepUntil(deadline.atZone(Teams.BEIJING).toInstant().plusMillis(200));
        Registration lastSecond = registrations.update(draft.getId(), draft.getVersion(), Teams.validTeam());
        assertEquals(RegistrationStatus.DRAFT, lastSecond.getStatus(), "the deadline's own second still counts");

        sleepUntil(deadline.atZone(Teams.BEIJING).toInstant().plusMillis(1050));
        ConflictException late = assertThrows(ConflictException.class,
                () -> registrations.submit(lastSecond.getId(), lastSecond.getVersion()));
        assertEquals("registration.closed", late.key());
        assertTrue(late.message(Locale.SIMPLIFIED_CHINESE).contains("北京时间"), late.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(RegistrationStatus.DRAFT, registrations.registration(draft.getId()).getStatus());

        Caller.asCommittee();
        Track extended = catalog.extendRegistration(closing.getId(), catalog.track(closing.getId()).getVersion(),
                deadline.plusDays(1));
        assertEquals(deadline.plusDays(1), extended.getRegistrationDeadline());
        List<String> actions = audit.history("Track", closing.getId()).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("CREATE", "EXTEND_REGISTRATION", "EXTEND_REGISTRATION"), actions);
    }

    @Test
    void anotherTeamAndAnotherHostReachNothingOfARegistration() {
        Teams.signedUpContact();
        Registration mine = registrations.create(track.getId(), Teams.validTeam());

        Teams.signedUpContact();
        assertThrows(AccessDeniedException.class, () -> registrations.registration(mine.getId()));
        assertThrows(AccessDeniedException.class, () -> registrations.update(mine.getId(), mine.getVersion(),
                Teams.validTeam()));
        assertThrows(AccessDeniedException.class, () -> registrations.submit(mine.getId(), mine.getVersion()));
        assertThrows(EJBAccessException.class, () -> registrations.ofTrack(track.getId(), RegistrationQuery.all(), 0, 10));

        Track otherTrack = Teams.openTrack(edition);
        Caller.newAccount("oh", Role.HOST, Set.of(otherTrack.getId()), Set.of());
        assertThrows(AccessDeniedException.class, () -> registrations.registration(mine.getId()));
        assertThrows(AccessDeniedException.class, () -> registrations.ofTrack(track.getId(), RegistrationQuery.all(), 0, 10));
        assertEquals(0, registrations.countOfTrack(otherTrack.getId(), RegistrationQuery.all()));
    }

    @Test
    void aTeamRegistersOncePerTrack() {
        Teams.signedUpContact();
        registrations.create(track.getId(), Teams.validTeam());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> registrations.create(track.getId(), Teams.validTeam()));
        assertEquals("registration.alreadyRegistered", twice.key());
    }

    @Test
    void aPdfIsAttachedAndOnlyThoseWhoMayReadTheRegistrationGetIt() throws Exception {
        Teams.signedUpContact();
        Registration mine = registrations.create(track.getId(), Teams.validTeam());
        byte[] pdf = pdf("项目计划书");
        Material material = registrations.addMaterial(mine.getId(), "C:\\材料\\项目计划书.pdf",
                new ByteArrayInputStream(pdf));
        assertEquals("项目计划书.pdf", material.getFileName(), "only the name, never a client's path");
        assertEquals(pdf.length, material.getSize());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), material.getSha256());
        Registrations.MaterialFile file = registrations.materialFile(material.getId());
        assertTrue(Arrays.equals(pdf, Files.readAllBytes(file.file())), "stored as uploaded, outside the database");
        assertEquals(List.of(material.getId()),
                registrations.materials(mine.getId()).stream().map(Material::getId).toList());

        Teams.signedUpContact();
        assertThrows(AccessDeniedException.class, () -> registrations.materials(mine.getId()));
        assertThrows(AccessDeniedException.class, () -> registrations.materialFile(material.getId()));
        assertThrows(AccessDeniedException.class, () -> registrations.removeMaterial(material.getId()));

        Caller.newAccount("mh", Role.HOST, Set.of(track.getId()), Set.of());
        assertEquals(material.getSha256(), registrations.materialFile(material.getId()).sha256(),
                "the host of the track reads it");
        Caller.asCommittee();
        assertTrue(audit.history("Registration", mine.getId()).stream()
                .anyMatch(e -> e.getAction().equals("ADD_MATERIAL") && e.getNewValue().contains(material.getSha256())));
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWhateverItsNameAndLeavesNothing() throws Exception {
        Teams.signedUpContact();
        Registration mine = registrations.create(track.getId(), Teams.validTeam());
        byte[] whole = pdf("完整");
        byte[] oversize = new byte[(int) MaterialStore.MAX_BYTES + 1];
        System.arraycopy(whole, 0, oversize, 0, whole.length);
        List<byte[]> refused = List.of("这不是 PDF".getBytes(StandardCharsets.UTF_8),
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(whole, whole.length / 2), new byte[0], oversize);
        List<String> keys = List.of("material.notPdf", "material.notPdf", "material.notPdf", "material.empty",
                "material.tooLarge");
        for (int i = 0; i < refused.size(); i++) {
            byte[] bytes = refused.get(i);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> registrations.addMaterial(mine.getId(), "disguised.pdf", new ByteArrayInputStream(bytes)));
            assertEquals(keys.get(i), e.violations().get(0).key(), "case " + i);
        }
        assertTrue(registrations.materials(mine.getId()).isEmpty(), "nothing recorded");
        Path folder = Path.of(System.getenv("COMPETITION_DATA_DIR"), "materials");
        try (var files = Files.walk(folder)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")
                    || f.startsWith(folder.resolve(String.valueOf(mine.getId())))), "no file left behind");
        }
    }

    @Test
    void theHostExportsItsTracksRegistrationsOneRowPerMember() throws Exception {
        Teams.signedUpContact();
        Registration registered = registrations.create(track.getId(), Teams.validTeam());
        assertThrows(EJBAccessException.class, () -> export.export(track.getId()), "a team exports nothing");

        Caller.newAccount("xh", Role.HOST, Set.of(track.getId()), Set.of());
        Path file = export.export(track.getId());
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            DataFormatter text = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        assertEquals(1 + registered.getMembers().size(), rows.size(), "a heading and one row per member");
        assertEquals(String.valueOf(registered.getId()), rows.get(1).get(0));
        assertEquals("张喆", rows.get(1).get(4));
        assertEquals(List.of("草稿 Draft", "学生 Student", "是 Yes"), List.of(rows.get(1).get(3), rows.get(1).get(5),
                rows.get(1).get(9)), "labels people read, not codes");
        assertEquals("哈尔滨工业大学", rows.get(1).get(10));

        Caller.newAccount("xo", Role.HOST, Set.of(Teams.openTrack(edition).getId()), Set.of());
        assertThrows(AccessDeniedException.class, () -> export.export(track.getId()), "not another host's track");
    }

    private static byte[] pdf(String title) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long wait = moment.toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
