package cn.org.smeie.competition.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.AccountQuery;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.boundary.AuditQuery;
import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.mail.boundary.MailLog;
import cn.org.smeie.competition.mail.boundary.MailQuery;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.registration.boundary.BulkApproval;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.reports.boundary.AuditExport;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.reports.boundary.RegistrationExport;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import cn.org.smeie.competition.track.entity.TrackSnapshot;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.org.smeie.competition.dashboard.boundary.Dashboards;
import cn.org.smeie.competition.edition.boundary.EditionAdmin;
import cn.org.smeie.competition.search.boundary.Search;
import cn.org.smeie.competition.careers.boundary.Careers;
import cn.org.smeie.competition.careers.entity.PositionForm;
import cn.org.smeie.competition.careers.entity.PositionKind;
import cn.org.smeie.competition.careers.entity.RecommendationStatus;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.publicity.boundary.Publicity;
import cn.org.smeie.competition.publicity.entity.ExhibitionForm;
import cn.org.smeie.competition.publicity.entity.PublicityForm;
import cn.org.smeie.competition.support.boundary.ConversionSupport;
import cn.org.smeie.competition.support.entity.ExpertForm;
import cn.org.smeie.competition.support.entity.SupportKind;
import cn.org.smeie.competition.support.entity.SupportRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The per-track isolation matrix: a host of track A calls every boundary method that takes a
 * track-scoped id with the id of track B, or of a registration of track C (and with ids that exist
 * nowhere), and every committee-only method. Each is refused with nothing of B's data, B is unchanged, and each
 * track-scoped refusal is audited. Every new boundary method joins one of the two tables below.
 */
@ExtendWith(ArquillianExtension.class)
class TrackIsolationIT {

    private static final long NOWHERE = -4242L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(TrackIsolationIT.class);
    }

    @Inject
    TrackCatalog catalog;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    AuditExport auditExport;

    @Inject
    ReportJobs jobs;

    @Inject
    Editions editions;

    @Inject
    Registrations registrations;

    @Inject
    RegistrationExport registrationExport;

    @Inject
    MailLog mailLog;

    @Inject
    RegistrationImport imports;

    @Inject
    Judging judging;

    @Inject
    TeamSignUp signUp;

    @Inject
    LiveFinals finals;

    @Inject
    Results results;

    @Inject
    Certificates certificates;

    @Inject
    Dashboards dashboards;

    @Inject
    EditionAdmin editionAdmin;

    @Inject
    Search search;

    @Inject
    Careers careers;

    @Inject
    ConversionSupport support;

    @Inject
    ProblemBoard board;

    @Inject
    Publicity publicity;

    private long edition;
    private Track trackA;
    private Track trackB;
    private Account hostA;
    private Registration registrationC;
    private Round roundB;
    private long finalRound;

    @BeforeEach
    void hostOfItsOwnTrack() {
        Caller.asCommittee();
        edition = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
        trackA = catalog.create(edition, new TrackDetails(Deployments.uniqueCode("ISO"), "隔离测试", "Isolation",
                "场景", "能力", "目标", "隔离测试承办单位", "周老师", "13800138000", null));
        trackB = catalog.tracksOf(edition).stream().filter(t -> t.getCode().equals("SME202301")).findFirst()
                .orElseThrow();
        roundB = judging.rounds(edition).stream().filter(r -> r.getTrack() != null
                && r.getTrack().getId().equals(trackB.getId())).findFirst()
                .orElseGet(() -> judging.createTrackRound(trackB.getId()));
        finalRound = FinalsTeams.scoringFinalRound().getId();
        hostA = Caller.newAccount("host", Role.HOST, Set.of(trackA.getId()), Set.of()).account();
        Track trackC = Teams.openTrack(edition);
        Teams.signedUpContact();
        registrationC = registrations.create(trackC.getId(), Teams.validTeam());
    }

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    /** Boundary methods that take a track-scoped id: refused for another host's track and for a made-up id. */
    private Map<String, Executable> trackScoped(long track, int version) {
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("TrackCatalog.track", () -> catalog.track(track));
        calls.put("TrackCatalog.update", () -> catalog.update(track, version, trackB.details()));
        calls.put("TrackCatalog.reschedule", () -> catalog.reschedule(track, version, LocalDate.of(2023, 11, 11)));
        calls.put("Accounts.inviteJudge", () -> accounts.inviteJudge(track, new AccountDraft(
                Deployments.uniqueCode("inv").toLowerCase(), "评委", null, Role.JUDGE, Set.of(), Set.of())));
        calls.put("TrackCatalog.retire", () -> catalog.retire(track, version));
        calls.put("TrackCatalog.reinstate", () -> catalog.reinstate(track, version));
        calls.put("TrackCatalog.extendRegistration", () -> catalog.extendRegistration(track, version,
                LocalDateTime.of(2030, 1, 1, 0, 0)));
        calls.put("Registrations.ofTrack", () -> registrations.ofTrack(track, RegistrationQuery.all(), 0, 10));
        calls.put("Registrations.countOfTrack", () -> registrations.countOfTrack(track, RegistrationQuery.all()));
        calls.put("RegistrationImport.importTeams", () -> imports.importTeams(track, "teams.csv",
                new ByteArrayInputStream("联系人邮箱\n".getBytes(StandardCharsets.UTF_8))));
        calls.put("RegistrationExport.export", () -> registrationExport.export(track));
        calls.put("Results.nominate", () -> results.nominate(edition, track, new HonorForm(Honor.Kind.ORGANIZING_UNIT,
                "单位", null, "理由")));
        calls.put("Certificates.ofTrack", () -> certificates.ofTrack(track));
        calls.put("Certificates.zipOfTrack", () -> certificates.zipOfTrack(track));
        calls.put("Dashboards.overview", () -> dashboards.overview(edition, track));
        calls.put("ProblemBoard.ofTrack", () -> board.ofTrack(track));
        return calls;
    }

    /** Judging methods that take the id of a round (of a track) or of a score sheet (of a round). */
    private Map<String, Executable> roundScoped(long round, long sheet) {
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("Judging.round", () -> judging.round(round));
        calls.put("Judging.judges", () -> judging.judges(round));
        calls.put("Judging.judgeOrganizations", () -> judging.judgeOrganizations(round));
        calls.put("Judging.setJudgeOrganizations", () -> judging.setJudgeOrganizations(round, 1, List.of("单位")));
        calls.put("Judging.declareConflict", () -> judging.declareConflict(round, 1, registrationC.getId(), "理由"));
        calls.put("Judging.assign", () -> judging.assign(round, registrationC.getId(), 1));
        calls.put("Judging.assignAutomatically", () -> judging.assignAutomatically(round));
        calls.put("Judging.sheetsOfRound", () -> judging.sheetsOfRound(round));
        calls.put("Judging.progress", () -> judging.progress(round));
        calls.put("Judging.remindJudges", () -> judging.remindJudges(round));
        calls.put("Judging.withdraw", () -> judging.withdraw(sheet));
        calls.put("Judging.reopen", () -> judging.reopen(sheet, 0, "理由"));
        calls.put("Results.plan", () -> results.plan(round));
        calls.put("Results.snapshots", () -> results.snapshots(round));
        calls.put("Results.ranking", () -> results.ranking(round, null));
        calls.put("Results.changes", () -> results.changes(round, null));
        calls.put("Results.awards", () -> results.awards(round));
        calls.put("Results.review", () -> results.review(round, 0, null));
        calls.put("Results.reportFile", () -> results.reportFile(round, ReportFolder.Kind.RESULTS_PDF));
        calls.put("Results.reportsOf", () -> results.reportsOf(round));
        return calls;
    }

    /** Boundary methods that take the id of a registration (which belongs to a track). */
    private Map<String, Executable> registrationScoped(long registration) {
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("Registrations.registration", () -> registrations.registration(registration));
        calls.put("Registrations.approve", () -> registrations.approve(registration, 0));
        calls.put("Registrations.returnToTeam", () -> registrations.returnToTeam(registration, 0, "理由"));
        calls.put("Registrations.reject", () -> registrations.reject(registration, 0, "理由"));
        calls.put("Registrations.materials", () -> registrations.materials(registration));
        return calls;
    }

    /** Boundary methods for the committee alone: refused to a host whatever the id. */
    private Map<String, Executable> committeeOnly() {
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("TrackCatalog.create", () -> catalog.create(edition, trackB.details()));
        calls.put("EditionAdmin.create", () -> editionAdmin.create(editions.edition(edition).form()));
        calls.put("EditionAdmin.update", () -> editionAdmin.update(edition, 0, editions.edition(edition).form()));
        calls.put("EditionAdmin.makeCurrent", () -> editionAdmin.makeCurrent(edition, 0));
        calls.put("EditionAdmin.publishHonours", () -> editionAdmin.publishHonours(edition, 0, true));
        calls.put("Accounts.create", () -> accounts.create(new AccountDraft("x-" + Deployments.uniqueCode("c")
                .toLowerCase(), "x", null, Role.HOST, Set.of(trackA.getId()), Set.of())));
        calls.put("Accounts.disable", () -> accounts.disable(hostA.getId()));
        calls.put("Accounts.enable", () -> accounts.enable(hostA.getId()));
        calls.put("Accounts.resetPassword", () -> accounts.resetPassword(hostA.getId()));
        calls.put("AuditLog.history", () -> audit.history("Track", trackB.getId()));
        calls.put("AuditLog.search", () -> audit.search(AuditQuery.all(), 0, 10));
        calls.put("AuditLog.count", () -> audit.count(AuditQuery.all()));
        calls.put("AuditLog.entityTypes", () -> audit.entityTypes());
        calls.put("AuditLog.actions", () -> audit.actions());
        calls.put("AuditExport.export", () -> auditExport.export(AuditQuery.all()));
        calls.put("ReportJobs.exportTrackDirectory", () -> jobs.exportTrackDirectory(edition));
        calls.put("ReportJobs.runs", () -> jobs.runs(ReportJobs.TRACK_DIRECTORY, 10));
        calls.put("ReportJobs.run", () -> jobs.run(1));
        calls.put("ReportJobs.exportFile", () -> jobs.exportFile(1));
        calls.put("ReportJobs.file", () -> jobs.file(1, "overview.xlsx"));
        calls.put("MailLog.search", () -> mailLog.search(MailQuery.all(), 0, 10));
        calls.put("MailLog.count", () -> mailLog.count(MailQuery.all()));
        calls.put("MailLog.sendNow", () -> mailLog.sendNow(1));
        calls.put("MailLog.destination", () -> mailLog.destination());
        calls.put("TeamSignUp.resendConfirmation (team only)", () -> signUp.resendConfirmation());
        calls.put("Judging.createTrackRound", () -> judging.createTrackRound(trackA.getId()));
        calls.put("Judging.createFinalRound", () -> judging.createFinalRound(edition));
        calls.put("Judging.configure", () -> judging.configure(roundB.getId(), 0, RoundSettings.defaults()));
        calls.put("Judging.startScoring", () -> judging.startScoring(roundB.getId(), 0));
        calls.put("Judging.closeScoring", () -> judging.closeScoring(roundB.getId(), 0));
        calls.put("Judging.reopenScoring", () -> judging.reopenScoring(roundB.getId(), 0));
        calls.put("Judging.publish", () -> judging.publish(roundB.getId(), 0));
        calls.put("Judging.allowConflict", () -> judging.allowConflict(roundB.getId(), 1, 1, "理由"));
        calls.put("Judging.mySheets (judges only)", () -> judging.mySheets(roundB.getId()));
        calls.put("Judging.myRounds (judges only)", () -> judging.myRounds());
        calls.put("Judging.mySheet (judges only)", () -> judging.mySheet(1));
        calls.put("Judging.save (judges only)", () -> judging.save(1, 0, Map.of(), null));
        calls.put("Judging.submit (judges only)", () -> judging.submit(1, 0, Map.of(), null));
        calls.put("Results.setRule", () -> results.setRule(roundB.getId(), 0, RankingRule.defaults()));
        calls.put("Results.setQuotas", () -> results.setQuotas(roundB.getId(), 0, Quotas.trackDefaults()));
        calls.put("Results.aggregateNow", () -> results.aggregateNow(roundB.getId()));
        calls.put("Results.propose", () -> results.propose(roundB.getId(), 0));
        calls.put("Results.confirm", () -> results.confirm(roundB.getId(), 0));
        calls.put("Results.decide", () -> results.decide(1, 0, true, null));
        calls.put("ReportJobs.aggregateScores", () -> jobs.aggregateScores(edition));
        calls.put("ReportJobs.generateCertificates", () -> jobs.generateCertificates(edition));
        calls.put("ReportJobs.stop", () -> jobs.stop(1));
        calls.put("ReportJobs.restart", () -> jobs.restart(1));
        calls.put("Certificates.ofEdition", () -> certificates.ofEdition(edition));
        calls.put("Certificates.revoke", () -> certificates.revoke(1, 0, "理由"));
        calls.put("Certificates.reissue", () -> certificates.reissue(1, 0));
        calls.put("Certificates.mine (teams only)", () -> certificates.mine());
        calls.put("LiveFinals.finalists", () -> finals.finalists(finalRound));
        calls.put("LiveFinals.nominate", () -> finals.nominate(finalRound, registrationC.getId()));
        calls.put("LiveFinals.withdraw", () -> finals.withdraw(finalRound, registrationC.getId()));
        calls.put("LiveFinals.move", () -> finals.move(finalRound, registrationC.getId(), 1));
        calls.put("LiveFinals.stage", () -> finals.stage(finalRound));
        calls.put("LiveFinals.present", () -> finals.present(finalRound, 0, registrationC.getId()));
        calls.put("LiveFinals.next", () -> finals.next(finalRound, 0));
        calls.put("LiveFinals.reveal", () -> finals.reveal(finalRound, 0));
        calls.put("LiveFinals.openToAudience", () -> finals.openToAudience(finalRound, 0, true));
        afterTheFinals(calls);
        return calls;
    }

    /** What follows the finals is the committee's (and the teams' own): a host reaches none of it. */
    private void afterTheFinals(Map<String, Executable> calls) {
        PositionForm position = new PositionForm("企业", "岗位", PositionKind.JOB, "北京", "长期", null);
        calls.put("Careers.addPosition", () -> careers.addPosition(edition, position));
        calls.put("Careers.updatePosition", () -> careers.updatePosition(1, 0, position));
        calls.put("Careers.positions", () -> careers.positions(edition));
        calls.put("Careers.candidates", () -> careers.candidates(edition));
        calls.put("Careers.recommend", () -> careers.recommend(1, 1, "同意"));
        calls.put("Careers.advance", () -> careers.advance(1, 0, RecommendationStatus.INTERVIEWED, null));
        calls.put("Careers.recommendations", () -> careers.recommendations(edition));
        calls.put("Careers.mine (teams only)", () -> careers.mine());
        calls.put("ConversionSupport.registerExpert", () -> support.registerExpert(new ExpertForm("专家", "单位", null,
                Set.of(SupportKind.FINANCING), null, null)));
        calls.put("ConversionSupport.setExpertActive", () -> support.setExpertActive(1, 0, false));
        calls.put("ConversionSupport.experts", () -> support.experts());
        calls.put("ConversionSupport.cases", () -> support.cases(edition));
        calls.put("ConversionSupport.assign", () -> support.assign(1, 0, 1));
        calls.put("ConversionSupport.note", () -> support.note(1, 0, "记录"));
        calls.put("ConversionSupport.close", () -> support.close(1, 0, "结果"));
        calls.put("ConversionSupport.report", () -> support.report(edition));
        calls.put("ConversionSupport.request (teams only)", () -> support.request(registrationC.getId(),
                new SupportRequest(Set.of(SupportKind.FINANCING), "融资")));
        calls.put("ConversionSupport.mine (teams only)", () -> support.mine());
        calls.put("ConversionSupport.eligibleTeams (teams only)", () -> support.eligibleTeams());
        calls.put("ProblemBoard.all", () -> board.all(edition));
        calls.put("ProblemBoard.moderate", () -> board.moderate(1, 0, true, null));
        calls.put("ProblemBoard.choose (teams only)", () -> board.choose(registrationC.getId(), 1L));
        calls.put("ProblemBoard.choiceOf (teams only)", () -> board.choiceOf(registrationC.getId()));
        calls.put("Publicity.firstPrizes", () -> publicity.firstPrizes(edition));
        calls.put("Publicity.addRecord", () -> publicity.addRecord(edition, new PublicityForm(registrationC.getId(),
                "媒体", "标题", LocalDate.of(2024, 1, 1), null)));
        calls.put("Publicity.records", () -> publicity.records(edition));
        calls.put("Publicity.showRecord", () -> publicity.showRecord(1, 0, true));
        calls.put("Publicity.planExhibition", () -> publicity.planExhibition(edition, new ExhibitionForm("展览",
                LocalDate.of(2024, 1, 1), "北京", Set.of(registrationC.getId()))));
        calls.put("Publicity.exhibitions", () -> publicity.exhibitions(edition));
        calls.put("Publicity.showExhibition", () -> publicity.showExhibition(1, 0, true));
    }

    @Test
    void aHostIsRefusedEveryTrackScopedCallOnAnotherTrackAndEachRefusalIsAudited() {
        TrackSnapshot before = trackB.snapshot();
        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        Map<String, Executable> calls = new LinkedHashMap<>();
        trackScoped(trackB.getId(), trackB.getVersion()).forEach((name, call) -> calls.put(name + "(B)", call));
        trackScoped(NOWHERE, 0).forEach((name, call) -> calls.put(name + "(nowhere)", call));
        registrationScoped(registrationC.getId()).forEach((name, call) -> calls.put(name + "(C)", call));
        registrationScoped(NOWHERE).forEach((name, call) -> calls.put(name + "(nowhere)", call));
        calls.put("Registrations.materialFile(nowhere)", () -> registrations.materialFile(NOWHERE));
        calls.put("Certificates.file(nowhere)", () -> certificates.file(NOWHERE));
        roundScoped(roundB.getId(), NOWHERE).forEach((name, call) -> calls.put(name + "(B)", call));
        roundScoped(NOWHERE, NOWHERE).forEach((name, call) -> calls.put(name + "(nowhere)", call));
        roundScoped(finalRound, NOWHERE).forEach((name, call) -> calls.put(name + "(finals)", call));
        for (Map.Entry<String, Executable> call : calls.entrySet()) {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, call.getValue(), call.getKey());
            assertEquals("error.accessDenied", denied.key(), call.getKey());
            assertEquals(0, denied.arguments().length, "a refusal carries no data: " + call.getKey());
        }
        // a bulk approval refuses each registration it may not reach, names none of them, and audits each
        BulkApproval bulk = registrations.approveMany(List.of(registrationC.getId(), NOWHERE));
        assertEquals(List.of(), bulk.approved());
        assertEquals(List.of(new BulkApproval.Refusal(registrationC.getId(), null, BulkApproval.Reason.NOT_REACHABLE,
                null), new BulkApproval.Refusal(NOWHERE, null, BulkApproval.Reason.NOT_REACHABLE, null)), bulk.refused());

        Caller.asCommittee();
        assertEquals(before, catalog.track(trackB.getId()).snapshot(), "track B is unchanged");
        assertEquals(RegistrationStatus.DRAFT, registrations.registration(registrationC.getId()).getStatus(),
                "the registration of track C is unchanged");
        AuditQuery denials = new AuditQuery(hostA.getUsername(), null, null, "DENIED", null, null);
        assertEquals(calls.size() + 2, audit.count(denials), "every refusal is audited");
        assertEquals(trackScoped(0, 0).size() + roundScoped(0, 0).size() - 2, audit.count(new AuditQuery(
                hostA.getUsername(), trackB.getId(), null, "DENIED", null, null)),
                "refusals on track B are found under track B (the two sheet calls name no track)");
        assertEquals(RoundStatus.OPEN, judging.round(roundB.getId()).getStatus(), "round B is unchanged");
    }

    @Test
    void aHostIsRefusedEveryCommitteeOnlyCall() {
        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        for (Map.Entry<String, Executable> call : committeeOnly().entrySet()) {
            assertThrows(EJBAccessException.class, call.getValue(), call.getKey());
        }
        AccessDeniedException ownTrack = assertThrows(AccessDeniedException.class,
                () -> catalog.retire(trackA.getId(), trackA.getVersion()), "a host retires not even its own track");
        assertEquals("error.accessDenied", ownTrack.key());
        Caller.asCommittee();
        assertTrue(catalog.track(trackA.getId()).isActive(), "track A was not retired");
        assertTrue(accounts.list(new AccountQuery(null, null, null, hostA.getUsername()), 0, 5).get(0).isActive());
    }

    @Test
    void aHostSeesOnlyItsOwnTrackAndTheJudgesOfIt() {
        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        assertEquals(List.of(trackA.getCode()), catalog.tracksOf(edition).stream().map(Track::getCode).toList());
        assertEquals(List.of(trackA.getCode()), dashboards.overview(edition, null).trackCodes(),
                "the dashboard of all its tracks is of track A alone");
        assertTrue(search.find(trackB.getCode()).stream().noneMatch(h -> trackB.getCode().equals(h.trackCode())),
                "the search finds nothing of track B");
        Account judgeA = accounts.inviteJudge(trackA.getId(), new AccountDraft(
                Deployments.uniqueCode("ja").toLowerCase(), "A 的评委", null, Role.JUDGE, Set.of(), Set.of())).account();

        Caller.asCommittee();
        accounts.create(new AccountDraft(Deployments.uniqueCode("jb").toLowerCase(), "B 的评委", null, Role.JUDGE,
                Set.of(trackB.getId()), Set.of()));

        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        List<Account> visible = accounts.list(AccountQuery.all(), 0, 100);
        assertEquals(List.of(judgeA.getUsername()), visible.stream().map(Account::getUsername).toList());
        assertEquals(1, accounts.count(AccountQuery.all()));
        assertEquals(0, accounts.count(new AccountQuery(null, null, trackB.getId(), null)));
    }

    @Test
    void aHostEditsAndReschedulesItsOwnTrackButNotItsCodeOrHost() {
        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        TrackDetails d = trackA.details();
        Track edited = catalog.update(trackA.getId(), trackA.getVersion(), new TrackDetails(d.code(), d.fieldZh(),
                d.fieldEn(), d.focusZh(), d.abilitiesZh(), d.objectiveZh(), d.hostOrganization(), "新联系人",
                "13922223333", null));
        assertEquals("新联系人", edited.getContactName());
        Track moved = catalog.reschedule(trackA.getId(), edited.getVersion(), LocalDate.of(2023, 11, 25));
        assertEquals(LocalDate.of(2023, 11, 25), moved.getCompetitionDate());

        InvalidInputException code = assertThrows(InvalidInputException.class, () -> catalog.update(trackA.getId(),
                moved.getVersion(), new TrackDetails("NEW" + d.code(), d.fieldZh(), d.fieldEn(), d.focusZh(),
                        d.abilitiesZh(), d.objectiveZh(), d.hostOrganization(), "新联系人", "13922223333", null)));
        assertEquals("track.hostMayNotChange", code.violations().get(0).key());
        InvalidInputException host = assertThrows(InvalidInputException.class, () -> catalog.update(trackA.getId(),
                moved.getVersion(), new TrackDetails(d.code(), d.fieldZh(), d.fieldEn(), d.focusZh(),
                        d.abilitiesZh(), d.objectiveZh(), "别的承办单位", "新联系人", "13922223333", null)));
        assertEquals("track.hostMayNotChange", host.violations().get(0).key());
    }

    @Test
    void nobodySignedInIsRefusedEverything() {
        Caller.signOut();
        assertThrows(EJBAccessException.class, () -> catalog.tracksOf(edition));
        assertThrows(EJBAccessException.class, () -> catalog.track(trackB.getId()));
        assertThrows(EJBAccessException.class, () -> accounts.list(AccountQuery.all(), 0, 10));
        assertThrows(EJBAccessException.class, () -> imports.template());
        assertThrows(EJBAccessException.class, () -> imports.importTeams(trackB.getId(), "teams.csv",
                new ByteArrayInputStream(new byte[0])));
        assertThrows(EJBAccessException.class, () -> mailLog.search(MailQuery.all(), 0, 10));
        assertThrows(EJBAccessException.class, () -> signUp.resendConfirmation());
        assertThrows(EJBAccessException.class, () -> dashboards.overview(edition, null));
        assertThrows(EJBAccessException.class, () -> search.find("星火"));
        assertThrows(EJBAccessException.class, () -> careers.recommendations(edition));
        assertThrows(EJBAccessException.class, () -> support.cases(edition));
        assertThrows(EJBAccessException.class, () -> board.all(edition));
        assertThrows(EJBAccessException.class, () -> board.ofTrack(trackB.getId()));
        assertThrows(EJBAccessException.class, () -> publicity.records(edition));
        assertTrue(accounts.me().isEmpty());
        assertTrue(!editions.all().isEmpty(), "editions are public");
        List<Track> published = catalog.publishedTracks(edition);
        assertTrue(published.stream().anyMatch(t -> t.getCode().equals("SME202301")), "the notice's tracks are public");
        assertTrue(published.stream().allMatch(Track::isActive), "retired tracks are not published");
    }
}
