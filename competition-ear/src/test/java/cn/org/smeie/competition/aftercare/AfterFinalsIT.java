package cn.org.smeie.competition.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.careers.boundary.Candidate;
import cn.org.smeie.competition.careers.boundary.Careers;
import cn.org.smeie.competition.careers.entity.Position;
import cn.org.smeie.competition.careers.entity.PositionForm;
import cn.org.smeie.competition.careers.entity.PositionKind;
import cn.org.smeie.competition.careers.entity.Recommendation;
import cn.org.smeie.competition.careers.entity.RecommendationStatus;
import cn.org.smeie.competition.it.AfterFinals;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.problemboard.boundary.EnterpriseView;
import cn.org.smeie.competition.problemboard.boundary.PostedProblem;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.problemboard.entity.ProblemForm;
import cn.org.smeie.competition.publicity.boundary.PublicResults;
import cn.org.smeie.competition.publicity.boundary.Publicity;
import cn.org.smeie.competition.publicity.entity.EditionResults;
import cn.org.smeie.competition.publicity.entity.Exhibition;
import cn.org.smeie.competition.publicity.entity.ExhibitionForm;
import cn.org.smeie.competition.publicity.entity.PublicityForm;
import cn.org.smeie.competition.publicity.entity.PublicityRecord;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.support.boundary.ConversionSupport;
import cn.org.smeie.competition.support.boundary.SupportReport;
import cn.org.smeie.competition.support.entity.CaseStatus;
import cn.org.smeie.competition.support.entity.Expert;
import cn.org.smeie.competition.support.entity.ExpertForm;
import cn.org.smeie.competition.support.entity.SupportCase;
import cn.org.smeie.competition.support.entity.SupportKind;
import cn.org.smeie.competition.support.entity.SupportRequest;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What the notice promises after the finals (五、赛事奖励), in the server: job and internship
 * recommendations for the students of the finals' prize winners, commercialization support cases
 * with the committee's experts, publicity and exhibitions of the first prizes, and the enterprise
 * problem board. Each rule refuses with the field or reason named, and each change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class AfterFinalsIT {

    /** An edition with confirmed finals, made once for the tests of this class. */
    private static AfterFinals.Fixture fixture;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AfterFinalsIT.class);
    }

    @Inject
    Careers careers;

    @Inject
    ConversionSupport support;

    @Inject
    Publicity publicity;

    @Inject
    PublicResults publicResults;

    @Inject
    ProblemBoard board;

    @Inject
    Registrations registrations;

    @Inject
    AuditLog audit;

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    private static synchronized AfterFinals.Fixture finals() {
        if (fixture == null) {
            fixture = AfterFinals.withConfirmedFinals();
        }
        Caller.asCommittee();
        return fixture;
    }

    @Test
    void aStudentOfAPrizeWinningTeamIsRecommendedWithConsentAndFollowedToAccepted() {
        AfterFinals.Fixture f = finals();
        assertField("title", () -> careers.addPosition(f.editionId(), new PositionForm("华为技术有限公司", " ",
                PositionKind.INTERNSHIP, "深圳", "2024-03 至 2024-08", null)), "validation.required");
        Position position = careers.addPosition(f.editionId(), new PositionForm(" 华为技术有限公司 ", "嵌入式安全实习生",
                PositionKind.INTERNSHIP, "深圳", "2024-03 至 2024-08", "<b>产线安全</b>"));
        assertEquals("华为技术有限公司", position.getEnterprise());
        assertTrue(careers.positions(f.editionId()).stream().anyMatch(p -> p.getId().equals(position.getId())));

        List<Candidate> candidates = careers.candidates(f.editionId());
        assertEquals(Set.of(f.firstPrize().getId(), f.secondPrize().getId()),
                Set.copyOf(candidates.stream().map(Candidate::registrationId).toList()),
                "the students of the finals' prize winners, not of a team without a finals prize");
        Member student = members(f.firstPrize(), MemberKind.STUDENT).get(0);
        Member teacher = members(f.firstPrize(), MemberKind.TEACHER).get(0);
        Member otherStudent = members(f.noPrize(), MemberKind.STUDENT).get(0);
        assertEquals(1, candidates.stream().filter(c -> c.registrationId() == f.firstPrize().getId()).count(),
                "students only");

        assertField("consent", () -> careers.recommend(position.getId(), student.getId(), "  "), "validation.required");
        assertConflict("careers.notEligible", () -> careers.recommend(position.getId(), teacher.getId(), "同意"));
        assertConflict("careers.notEligible", () -> careers.recommend(position.getId(), otherStudent.getId(), "同意"));
        Recommendation r = careers.recommend(position.getId(), student.getId(), "学生本人 2023-12-20 书面同意");
        assertEquals(RecommendationStatus.RECOMMENDED, r.getStatus());
        assertConflict("careers.alreadyRecommended", () -> careers.recommend(position.getId(), student.getId(), "同意"));
        assertTrue(Mailbox.await(student.getEmail(), 1).stream().anyMatch(m -> Mailbox.body(m).contains("嵌入式安全实习生")),
                "the student is told by mail");

        Recommendation stale = r;
        assertConflict("careers.transition", () -> careers.advance(stale.getId(), stale.getVersion(),
                RecommendationStatus.OFFERED, null));
        r = careers.advance(r.getId(), r.getVersion(), RecommendationStatus.INTERVIEWED, "12 月 28 日面试");
        assertConflict("error.staleVersion", () -> careers.advance(stale.getId(), stale.getVersion(),
                RecommendationStatus.INTERVIEWED, null));
        r = careers.advance(r.getId(), r.getVersion(), RecommendationStatus.OFFERED, null);
        r = careers.advance(r.getId(), r.getVersion(), RecommendationStatus.ACCEPTED, "已签约");
        Recommendation accepted = r;
        assertConflict("careers.transition", () -> careers.advance(accepted.getId(), accepted.getVersion(),
                RecommendationStatus.DECLINED, null));
        assertTrue(careers.recommendations(f.editionId()).stream().anyMatch(c -> c.getId().equals(accepted.getId())
                && c.getStatus() == RecommendationStatus.ACCEPTED));
        assertEquals(List.of("ADVANCE", "ADVANCE", "ADVANCE", "RECOMMEND"),
                audit.history("Recommendation", accepted.getId()).stream().map(AuditEntry::getAction).sorted().toList());

        Caller.as(f.contacts().get(0), Caller.CHOSEN_PASSWORD);
        List<Recommendation> mine = careers.mine();
        assertEquals(1, mine.size());
        assertEquals(RecommendationStatus.ACCEPTED, mine.get(0).getStatus());
        assertEquals("嵌入式安全实习生", mine.get(0).getPosition().getTitle());
        Caller.as(f.contacts().get(1), Caller.CHOSEN_PASSWORD);
        assertTrue(careers.mine().isEmpty(), "another team's contact sees none of it");
    }

    @Test
    void aSupportCaseIsRequestedAssignedNotedAndClosedAndTheReportCountsIt() {
        AfterFinals.Fixture f = finals();
        assertField("kinds", () -> support.registerExpert(new ExpertForm("钱律师", "某律师事务所", null, Set.of(), null,
                null)), "support.kinds.required");
        assertField("mobile", () -> support.registerExpert(new ExpertForm("钱律师", "某律师事务所", null,
                Set.of(SupportKind.LEGAL_ADVICE), null, "12345")), "validation.mobile");
        Expert lawyer = support.registerExpert(new ExpertForm("钱律师", "某律师事务所", "知识产权诉讼",
                Set.of(SupportKind.LEGAL_ADVICE, SupportKind.INTELLECTUAL_PROPERTY), "qian@law.example.cn", "13900001111"));
        Expert investor = support.registerExpert(new ExpertForm("孙投资", "某创投基金", null,
                Set.of(SupportKind.FINANCING), null, null));
        Expert mentor = support.registerExpert(new ExpertForm("周导师", "某科技有限公司", "工业控制",
                Set.of(SupportKind.MENTOR_TECHNOLOGY), null, null));
        Expert retired = support.setExpertActive(mentor.getId(), mentor.getVersion(), false);
        assertFalse(retired.isActive());
        mentor = support.setExpertActive(retired.getId(), retired.getVersion(), true);

        Caller.as(f.contacts().get(0), Caller.CHOSEN_PASSWORD);
        assertEquals(List.of(f.firstPrize().getId()), support.eligibleTeams().stream().map(Registration::getId).toList());
        assertThrows(AccessDeniedException.class, () -> support.request(f.secondPrize().getId(),
                new SupportRequest(Set.of(SupportKind.FINANCING), "融资")), "another contact's team");
        assertField("kinds", () -> support.request(f.firstPrize().getId(), new SupportRequest(Set.of(), "融资")),
                "support.kinds.required");
        SupportCase requested = support.request(f.firstPrize().getId(), new SupportRequest(
                Set.of(SupportKind.LEGAL_ADVICE, SupportKind.MENTOR_TECHNOLOGY), " 专利布局与产线试点 "));
        assertEquals(CaseStatus.REQUESTED, requested.getStatus());
        assertEquals("专利布局与产线试点", requested.getDescription());
        assertConflict("support.openCase", () -> support.request(f.firstPrize().getId(),
                new SupportRequest(Set.of(SupportKind.LEGAL_ADVICE), "再次申请")));
        Caller.as(f.contacts().get(2), Caller.CHOSEN_PASSWORD);
        assertTrue(support.eligibleTeams().isEmpty());
        assertConflict("support.notEligible", () -> support.request(f.noPrize().getId(),
                new SupportRequest(Set.of(SupportKind.FINANCING), "融资")));

        Caller.asCommittee();
        SupportCase c = support.cases(f.editionId()).stream().filter(x -> x.getId().equals(requested.getId()))
                .findFirst().orElseThrow();
        SupportCase before = c;
        assertConflict("support.expertUnsuited", () -> support.assign(before.getId(), before.getVersion(),
                investor.getId()));
        c = support.assign(c.getId(), c.getVersion(), mentor.getId());
        c = support.assign(c.getId(), c.getVersion(), lawyer.getId());
        assertEquals(CaseStatus.ASSIGNED, c.getStatus());
        SupportCase assigned = c;
        assertConflict("support.expertAssigned", () -> support.assign(assigned.getId(), assigned.getVersion(),
                lawyer.getId()));
        assertConflict("support.stale", () -> support.note(before.getId(), before.getVersion(), "旧版本"));
        c = support.note(c.getId(), c.getVersion(), "已与企业对接试点产线");
        SupportCase noted = c;
        assertField("outcome", () -> support.close(noted.getId(), noted.getVersion(), ""), "validation.required");
        c = support.close(c.getId(), c.getVersion(), "提交发明专利 2 件，试点合同已签");
        SupportCase closed = c;
        assertEquals(CaseStatus.CLOSED, closed.getStatus());
        assertConflict("support.closed", () -> support.note(closed.getId(), closed.getVersion(), "之后"));

        SupportReport report = support.report(f.editionId());
        assertEquals(1, report.cases());
        assertEquals(Set.of(SupportKind.LEGAL_ADVICE, SupportKind.MENTOR_TECHNOLOGY),
                Set.copyOf(report.kinds().stream().map(SupportReport.KindLine::kind).toList()));
        assertTrue(report.kinds().stream().allMatch(k -> k.closed() == 1 && k.total() == 1));
        long mentorId = mentor.getId();
        assertTrue(report.experts().stream().anyMatch(e -> e.expertId() == mentorId && e.assigned() == 1
                && e.closed() == 1));
        assertEquals(List.of("ASSIGN", "ASSIGN", "CLOSE", "NOTE", "REQUEST"), audit.history("SupportCase",
                closed.getId()).stream().map(AuditEntry::getAction).sorted().toList());

        Caller.as(f.contacts().get(0), Caller.CHOSEN_PASSWORD);
        SupportCase seen = support.mine().get(0);
        assertEquals(CaseStatus.CLOSED, seen.getStatus());
        assertEquals(List.of("周导师", "钱律师"), seen.getExperts().stream().map(Expert::getName).sorted().toList());
        assertEquals(List.of("已与企业对接试点产线"), seen.getNotes().stream().map(n -> n.getText()).toList());
    }

    @Test
    void firstPrizesArePublicisedAndExhibitedOnceTheCommitteeShowsThem() {
        AfterFinals.Fixture f = finals();
        assertEquals(List.of(f.firstPrize().getId()), publicity.firstPrizes(f.editionId()).stream()
                .map(Registration::getId).toList());
        LocalDate day = LocalDate.of(2024, 1, 8);
        assertField("registrationId", () -> publicity.addRecord(f.editionId(), new PublicityForm(f.secondPrize().getId(),
                "人民网", "标题", day, null)), "publicity.notFirstPrize");
        assertField("link", () -> publicity.addRecord(f.editionId(), new PublicityForm(f.firstPrize().getId(),
                "人民网", "标题", day, "javascript:alert(1)")), "validation.link");
        PublicityRecord record = publicity.addRecord(f.editionId(), new PublicityForm(f.firstPrize().getId(), "人民网",
                "企校协同破解产线安全难题", day, "https://example.cn/news/1"));
        assertField("registrationIds", () -> publicity.planExhibition(f.editionId(), new ExhibitionForm("成果展", day,
                "北京", Set.of(f.secondPrize().getId()))), "publicity.notFirstPrize");
        Exhibition exhibition = publicity.planExhibition(f.editionId(), new ExhibitionForm("中小企业创新成果展", day,
                "北京国家会议中心", Set.of(f.firstPrize().getId())));
        assertEquals(List.of(f.firstPrize().getTeamName()), exhibition.getProjects().stream()
                .map(Registration::getTeamName).toList());

        Caller.signOut();
        EditionResults hidden = publicResults.ofEdition(f.editionId());
        assertTrue(hidden.press().isEmpty() && hidden.exhibitions().isEmpty(), "nothing public before the committee says so");
        Caller.asCommittee();
        publicity.showRecord(record.getId(), record.getVersion(), true);
        publicity.showExhibition(exhibition.getId(), exhibition.getVersion(), true);
        Caller.signOut();
        EditionResults shown = publicResults.ofEdition(f.editionId());
        assertEquals(List.of("企校协同破解产线安全难题"), shown.press().stream().map(EditionResults.PressLine::title).toList());
        assertEquals(f.firstPrize().getTeamName(), shown.press().get(0).teamName());
        assertEquals(1, shown.exhibitions().size());
        assertTrue(shown.exhibitions().get(0).projects().get(0).startsWith(f.firstPrize().getTeamName()));
        Caller.asCommittee();
        assertEquals(List.of("CREATE", "SHOW"), audit.history("PublicityRecord", record.getId()).stream()
                .map(AuditEntry::getAction).sorted().toList());
    }

    @Test
    void anEnterprisePostsAProblemATeamRegistersAgainstItAndTheEnterpriseConfirmsTheResult() {
        Mailbox.start();
        AfterFinals.Fixture f = AfterFinals.openEdition();
        long track = f.track().getId();
        Caller.signOut();
        assertField("contactMobile", () -> board.post(problem(track, "华为技术有限公司", "12")), "validation.mobile");
        assertField("trackId", () -> board.post(problem(-1L, "华为技术有限公司", "13911112222")), "problems.trackUnknown");
        PostedProblem posted = board.post(problem(track, "华为技术有限公司", "13911112222"));
        PostedProblem other = board.post(problem(track, "其他企业有限公司", "13911112223"));
        assertTrue(board.published(f.editionId()).isEmpty(), "a posting waits for the committee");
        String mailed = Mailbox.body(Mailbox.await(contactOf(track), 2).get(0));
        assertTrue(mailed.contains("/problem.xhtml?code="), mailed);

        Caller.asCommittee();
        EnterpriseProblem pending = board.all(f.editionId()).stream().filter(p -> p.getId() == posted.problemId())
                .findFirst().orElseThrow();
        assertField("reason", () -> board.moderate(pending.getId(), pending.getVersion(), false, " "),
                "validation.required");
        board.moderate(pending.getId(), pending.getVersion(), true, null);
        EnterpriseProblem second = board.all(f.editionId()).stream().filter(p -> p.getId() == other.problemId())
                .findFirst().orElseThrow();
        board.moderate(second.getId(), second.getVersion(), true, null);
        Caller.signOut();
        assertEquals(2, board.published(f.editionId()).size());

        String firstContact = Teams.signedUpContact();
        Registration draft = registrations.create(track, Teams.validTeam());
        assertField("problem", () -> board.choose(draft.getId(), other.problemId()), "problems.expertMissing");
        assertEquals(posted.problemId(), board.choose(draft.getId(), posted.problemId()).orElseThrow().getId());
        assertEquals(posted.problemId(), board.choiceOf(draft.getId()).orElseThrow().getId());

        EnterpriseView drafting = board.manage(posted.manageCode());
        assertEquals(1, drafting.answers().size());
        assertNull(drafting.answers().get(0).resultSummary(), "a draft's result is the team's own until it submits");
        long answer = drafting.answers().get(0).answerId();
        assertConflict("problems.notSubmitted", () -> board.confirm(posted.manageCode(), answer, null));

        // a team that drops the enterprise's expert cannot submit against its problem
        Teams.signedUpContact();
        Registration dropping = registrations.create(track, Teams.validTeam());
        assertThrows(AccessDeniedException.class, () -> board.choose(draft.getId(), posted.problemId()),
                "another team's registration");
        board.choose(dropping.getId(), posted.problemId());
        Registration changed = registrations.update(dropping.getId(), dropping.getVersion(),
                withEnterprise(Teams.validTeam(), "其他企业有限公司"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> registrations.submit(changed.getId(), changed.getVersion()));
        assertTrue(refused.violations().stream().anyMatch(v -> v.key().equals("problems.expertMissing")),
                String.valueOf(refused.violations()));

        Caller.as(firstContact, Caller.CHOSEN_PASSWORD);
        Registration submitted = registrations.submit(draft.getId(), registrations.registration(draft.getId()).getVersion());
        assertConflict("registration.notEditable", () -> board.choose(submitted.getId(), null));
        Caller.signOut();
        EnterpriseView view = board.confirm(posted.manageCode(), answer, "解决了产线异常指令检测");
        EnterpriseView.Answer confirmed = view.answers().stream().filter(a -> a.answerId() == answer).findFirst()
                .orElseThrow();
        assertTrue(confirmed.confirmed());
        assertEquals("基于流量特征的检测原型", confirmed.resultSummary());
        assertConflict("problems.confirmedAlready", () -> board.confirm(posted.manageCode(), answer, null));
        assertThrows(NotFoundException.class, () -> board.manage("not-the-code"));

        var host = Caller.newAccount("pbh", Role.HOST, Set.of(track), Set.of()).account();
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        assertEquals(2, board.ofTrack(track).size(), "the track's host reads its track's postings");
        Caller.asCommittee();
        List<String> actions = new ArrayList<>(audit.history("EnterpriseProblem", posted.problemId()).stream()
                .map(AuditEntry::getAction).toList());
        assertEquals(List.of("CONFIRM_ANSWER", "POST", "PUBLISH"), actions.stream().sorted().toList());
        assertTrue(audit.history("EnterpriseProblem", posted.problemId()).stream()
                .anyMatch(e -> e.getActor().startsWith("enterprise:")), "the enterprise is named in the audit log");

        // the form needs no account: one address piles up at most five postings awaiting review
        Caller.signOut();
        String flooding = "flood-" + track + "@enterprise.example.cn";
        for (int i = 0; i < 5; i++) {
            board.post(withContact(problem(track, "华为技术有限公司", "13911112224"), flooding));
        }
        assertConflict("problems.tooManyPending", () -> board.post(withContact(problem(track, "华为技术有限公司",
                "13911112224"), flooding)));
    }

    private static String contactOf(long track) {
        return "problems-" + track + "@enterprise.example.cn";
    }

    private static ProblemForm problem(long track, String enterprise, String mobile) {
        return new ProblemForm(track, enterprise, "产线 PLC 异常指令检测", "工业互联网安全", "产线 PLC 遭受异常指令注入，需实时发现",
                "可部署的检测原型", "吴经理", contactOf(track), mobile);
    }

    private static ProblemForm withContact(ProblemForm f, String email) {
        return new ProblemForm(f.trackId(), f.enterprise(), f.title(), f.field(), f.description(), f.expectedResult(),
                f.contactName(), email, f.contactMobile());
    }

    private static RegistrationForm withEnterprise(RegistrationForm form, String enterprise) {
        List<MemberForm> members = form.members().stream().map(m -> m.kind() != MemberKind.ENTERPRISE_EXPERT ? m
                : new MemberForm(m.name(), m.kind(), enterprise, m.title(), m.email(), m.mobile(), m.presenter()))
                .toList();
        List<OrganizationForm> organizations = form.organizations().stream().map(o -> o.kind() != OrganizationKind.ENTERPRISE
                ? o : new OrganizationForm(enterprise, o.kind(), null)).toList();
        return new RegistrationForm(form.teamName(), form.projectTitle(), form.problemStatement(), form.resultSummary(),
                members, organizations);
    }

    private List<Member> members(Registration team, MemberKind kind) {
        return registrations.registration(team.getId()).getMembers().stream().filter(m -> m.getKind() == kind).toList();
    }

    private static void assertField(String field, Executable call, String key) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call, field);
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals(field) && v.key().equals(key)),
                field + " " + key + ": " + e.violations());
    }

    private static void assertConflict(String key, Executable call) {
        CompetitionException e = assertThrows(CompetitionException.class, call, key);
        assertTrue(e instanceof ConflictException, key + ": " + e);
        assertEquals(key, e.key());
    }
}
