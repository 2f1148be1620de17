package cn.org.smeie.competition.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import cn.org.smeie.competition.track.entity.TrackStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** The committee's track catalogue: creation, edits, rescheduling, retirement, and every refusal. */
@ExtendWith(ArquillianExtension.class)
class TrackCatalogIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(TrackCatalogIT.class);
    }

    @Inject
    TrackCatalog catalog;

    @Inject
    Editions editions;

    @Inject
    AuditLog audit;

    private long editionId;

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @BeforeEach
    void firstEdition() {
        Caller.asCommittee();
        editionId = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
    }

    @Test
    void aValidTrackIsCreatedAndAudited() {
        String code = Deployments.uniqueCode("AI");
        Track created = catalog.create(editionId, details(code, "13800138000", LocalDate.of(2023, 11, 18)));

        Track read = catalog.track(created.getId());
        assertEquals(code, read.getCode());
        assertEquals(TrackStatus.ACTIVE, read.getStatus());
        assertEquals("人工智能测试承办单位", read.getHostOrganization().getName());
        assertEquals(LocalDate.of(2023, 11, 18), read.getCompetitionDate());
        assertTrue(catalog.tracksOf(editionId).stream().anyMatch(t -> t.getCode().equals(code)));

        List<AuditEntry> history = audit.history("Track", created.getId());
        assertEquals(1, history.size());
        assertEquals("CREATE", history.get(0).getAction());
        assertNull(history.get(0).getOldValue());
        assertTrue(history.get(0).getNewValue().contains(code));
    }

    @Test
    void textIsStoredWithoutSurroundingWhiteSpace() {
        String code = Deployments.uniqueCode("WS");
        TrackDetails padded = new TrackDetails("  " + code + " ", " 领域 ", " Field ", "场景", "能力", "目标",
                " 人工智能测试承办单位 ", " 张老师 ", " 010-82292097 ", null);
        Track created = catalog.create(editionId, padded);
        assertEquals(code, created.getCode());
        assertEquals("010-82292097", created.getContactPhone());
        assertEquals("人工智能测试承办单位", created.getHostOrganization().getName());
    }

    @Test
    void anEmptyFieldIsRefusedByNameAndNothingIsWritten() {
        TrackDetails noHost = new TrackDetails(Deployments.uniqueCode("NH"), "领域", "Field", "场景", "能力", "目标",
                "  ", "联系人", "13800138000", null);
        InvalidInputException refused = refusedWithoutWriting(() -> catalog.create(editionId, noHost));
        assertEquals(List.of(new Violation("hostOrganization", "validation.required")), refused.violations());
        assertEquals("承办单位: 不能为空。", refused.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Host organization: is required.", refused.message(Locale.ENGLISH));
    }

    @Test
    void aDuplicateCodeIsRefused() {
        InvalidInputException refused = refusedWithoutWriting(
                () -> catalog.create(editionId, details("SME202305", "13800138000", null)));
        assertEquals("track.code.taken", single(refused).key());
        assertEquals("code", single(refused).field());
        assertEquals("编号: 编号 SME202305 已被本届的其他赛项使用。", refused.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Code: code SME202305 is already used by another track of this edition.",
                refused.message(Locale.ENGLISH));
    }

    @Test
    void aBadPhoneIsRefused() {
        for (String phone : List.of("12345", "23800138000", "138001380001", "电话", "010 8229")) {
            InvalidInputException refused = refusedWithoutWriting(
                    () -> catalog.create(editionId, details(Deployments.uniqueCode("PH"), phone, null)));
            assertEquals(new Violation("contactPhone", "validation.phone"), single(refused), phone);
        }
        assertTrue(catalog.create(editionId, details(Deployments.uniqueCode("PH"), "0451-86412345", null))
                .getId() > 0, "a landline with area code is a phone");
    }

    @Test
    void aMalformedCodeIsRefused() {
        for (String code : List.of("sme202301", "1SME", "AB", "SME-2023", "ABCDEFGHIJKLMNOPQRSTU")) {
            InvalidInputException refused = refusedWithoutWriting(
                    () -> catalog.create(editionId, details(code, "13800138000", null)));
            assertEquals(new Violation("code", "track.code.pattern"), single(refused), code);
        }
    }

    @Test
    void theCompetitionDayMustFallInsideTheEditionsCalendar() {
        // registration closes 2023-09-30 23:59:59; track competitions end 2023-11-30
        for (LocalDate outside : List.of(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 1), LocalDate.of(2022, 10, 1))) {
            InvalidInputException refused = refusedWithoutWriting(
                    () -> catalog.create(editionId, details(Deployments.uniqueCode("DT"), "13800138000", outside)));
            assertEquals(new Violation("competitionDate", "track.date.outsideEdition", "2023-09-30", "2023-11-30"),
                    single(refused), outside.toString());
            assertEquals("比赛日期: 应在报名截止日（2023-09-30）之后，且不晚于专项赛截止日（2023-11-30）。",
                    refused.message(Locale.SIMPLIFIED_CHINESE));
        }
        Track first = catalog.create(editionId, details(Deployments.uniqueCode("DT"), "13800138000",
                LocalDate.of(2023, 10, 1)));
        Track last = catalog.create(editionId, details(Deployments.uniqueCode("DT"), "13800138000",
                LocalDate.of(2023, 11, 30)));
        assertEquals(LocalDate.of(2023, 10, 1), first.getCompetitionDate());
        assertEquals(LocalDate.of(2023, 11, 30), last.getCompetitionDate());
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        TrackDetails bad = new TrackDetails("x", "", "Field", "场景", "能力", "目标", "承办单位", "", "123",
                LocalDate.of(2024, 1, 1));
        InvalidInputException refused = refusedWithoutWriting(() -> catalog.create(editionId, bad));
        assertEquals(List.of("code", "competitionDate", "contactName", "contactPhone", "fieldZh"),
                refused.violations().stream().map(Violation::field).sorted().toList());
    }

    @Test
    void anEditReplacesTheDetailsAndKeepsTheOldOnesInTheAudit() {
        Track track = catalog.create(editionId, details(Deployments.uniqueCode("ED"), "13800138000", null));
        TrackDetails changed = new TrackDetails(track.getCode(), "新领域", "New field", "新场景", "新能力", "新目标",
                "新的承办单位", "李老师", "13911112222", LocalDate.of(2023, 11, 1));

        Track edited = catalog.update(track.getId(), track.getVersion(), changed);

        assertEquals(changed, catalog.track(track.getId()).details());
        assertEquals(track.getVersion() + 1, edited.getVersion());
        AuditEntry update = audit.history("Track", track.getId()).get(1);
        assertEquals("UPDATE", update.getAction());
        assertTrue(update.getOldValue().contains("人工智能测试承办单位"), update.getOldValue());
        assertTrue(update.getNewValue().contains("新的承办单位"), update.getNewValue());
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefused() {
        Track track = catalog.create(editionId, details(Deployments.uniqueCode("ST"), "13800138000", null));
        catalog.reschedule(track.getId(), track.getVersion(), LocalDate.of(2023, 11, 2));

        ConflictException stale = assertThrows(ConflictException.class,
                () -> catalog.update(track.getId(), track.getVersion(), details(track.getCode(), "13911112222", null)));
        assertEquals("error.staleVersion", stale.key());
        assertEquals("13800138000", catalog.track(track.getId()).getContactPhone());
    }

    @Test
    void aTrackCannotTakeTheCodeOfAnotherButKeepsItsOwn() {
        Track track = catalog.create(editionId, details(Deployments.uniqueCode("KC"), "13800138000", null));
        Track kept = catalog.update(track.getId(), track.getVersion(), details(track.getCode(), "13800138001", null));
        assertEquals("13800138001", kept.getContactPhone());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> catalog.update(track.getId(), kept.getVersion(), details("SME202301", "13800138000", null)));
        assertEquals("track.code.taken", single(refused).key());
    }

    @Test
    void rescheduleRetireAndReinstateAreAudited() {
        Track track = catalog.create(editionId, details(Deployments.uniqueCode("RR"), "13800138000", null));
        Track moved = catalog.reschedule(track.getId(), track.getVersion(), LocalDate.of(2023, 11, 20));
        assertEquals(LocalDate.of(2023, 11, 20), moved.getCompetitionDate());
        Track retired = catalog.retire(track.getId(), moved.getVersion());
        assertEquals(TrackStatus.RETIRED, retired.getStatus());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> catalog.retire(track.getId(), retired.getVersion()));
        assertEquals("track.alreadyRetired", twice.key());
        Track back = catalog.reinstate(track.getId(), retired.getVersion());
        assertEquals(TrackStatus.ACTIVE, back.getStatus());

        assertEquals(List.of("CREATE", "RESCHEDULE", "RETIRE", "REINSTATE"),
                audit.history("Track", track.getId()).stream().map(AuditEntry::getAction).toList());
    }

    @Test
    void aRescheduleOutsideTheCalendarIsRefused() {
        Track track = catalog.create(editionId, details(Deployments.uniqueCode("RO"), "13800138000", null));
        InvalidInputException refused = refusedWithoutWriting(
                () -> catalog.reschedule(track.getId(), track.getVersion(), LocalDate.of(2023, 12, 24)));
        assertEquals("competitionDate", single(refused).field());
        assertNull(catalog.track(track.getId()).getCompetitionDate());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThrows(NotFoundException.class, () -> catalog.track(-1));
        assertThrows(NotFoundException.class, () -> catalog.tracksOf(-1));
        assertThrows(NotFoundException.class, () -> catalog.create(-1, details("ZZZ999", "13800138000", null)));
    }

    private InvalidInputException refusedWithoutWriting(Executable action) {
        long tracksBefore = catalog.tracksOf(editionId).size();
        long auditBefore = audit.count();
        InvalidInputException refused = assertThrows(InvalidInputException.class, action);
        assertEquals(tracksBefore, catalog.tracksOf(editionId).size(), "no track written");
        assertEquals(auditBefore, audit.count(), "no audit entry written");
        return refused;
    }

    private static Violation single(InvalidInputException e) {
        assertEquals(1, e.violations().size(), e.violations().toString());
        return e.violations().get(0);
    }

    private static TrackDetails details(String code, String phone, LocalDate day) {
        return new TrackDetails(code, "人工智能", "Artificial intelligence", "聚焦测试场景", "考察测试能力", "测试目标",
                "人工智能测试承办单位", "王老师", phone, day);
    }
}
