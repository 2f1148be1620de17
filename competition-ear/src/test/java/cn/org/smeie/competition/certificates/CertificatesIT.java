package cn.org.smeie.competition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.boundary.Verification;
import cn.org.smeie.competition.certificate.entity.Certificate;
import cn.org.smeie.competition.certificate.entity.CertificateKind;
import cn.org.smeie.competition.certificate.entity.CertificateStatus;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Honours;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.it.StageStream;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.ResultPlan;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates of confirmed awards and approved honours: the job makes each exactly once (also when
 * stopped midway and restarted), a character the font lacks fails that one certificate and not the
 * others, verification by code, revocation and reissue, and who may download what.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

    /** Certificates for the stop-and-restart test: five chunks a partition. */
    private static final int HONOURS = 1000;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CertificatesIT.class);
    }

    @Inject
    Certificates certificates;

    @Inject
    Results results;

    @Inject
    Judging judging;

    @Inject
    Registrations registrations;

    @Inject
    ReportJobs jobs;

    private Track track;
    private Account host;
    private final List<String> contacts = new ArrayList<>();
    private final List<Registration> teams = new ArrayList<>();

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void theJobCertifiesEveryPrizeWinnerAndMemberOnceAMissingCharacterFailsOnlyItsCertificate() throws Exception {
        confirmedTrack();
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        Honor unit = results.nominate(FinalsTeams.firstEdition(), track.getId(), new HonorForm(
                Honor.Kind.ORGANIZING_UNIT, "哈尔滨工业大学", null, "组织 30 支团队参赛"));
        Caller.asCommittee();
        results.decide(unit.getId(), unit.getVersion(), true, null);

        Jobs.completed(certify());
        List<Certificate> made = certificates.ofTrack(track.getId());
        // team A (first prize): the team and its 3 members; team B (second): the team and its 3; the honour
        assertEquals(9, made.size(), made.toString());
        assertEquals(2, made.stream().filter(c -> c.getKind() == CertificateKind.TEAM).count());
        assertEquals(6, made.stream().filter(c -> c.getKind() == CertificateKind.MEMBER).count());
        assertEquals(1, made.stream().filter(c -> c.getKind() == CertificateKind.HONOR).count());
        // the member whose name the font lacks, and team B's certificate, which lists its members
        List<Certificate> failed = made.stream().filter(c -> c.getStatus() == CertificateStatus.FAILED).toList();
        assertEquals(Set.of("吉𠮷", teams.get(1).getTeamName()), Set.copyOf(failed.stream().map(Certificate::getHolder)
                .toList()));
        assertTrue(failed.stream().allMatch(c -> c.getFailure().contains("𠮷") && c.getFailure().contains("U+20BB7")
                && c.getFailure().contains(c.getSerial())), failed.toString());
        Set<String> serials = new HashSet<>();
        for (Certificate c : made) {
            assertTrue(c.getSerial().matches("QXCX-2023-" + track.getCode() + "-\\d{4}"), c.getSerial());
            assertTrue(serials.add(c.getSerial()), "serials are unique");
            assertTrue(c.getVerificationCode().matches("[2-9A-HJKMNP-Z]{20}"), c.getVerificationCode());
            if (c.getStatus() == CertificateStatus.GENERATED) {
                byte[] pdf = Files.readAllBytes(certificates.file(c.getId()));
                assertEquals(c.getSha256(), Checksums.sha256(pdf), "the file is the one recorded: " + c.getSerial());
                assertEquals((long) c.getSizeBytes(), pdf.length);
                assertTrue(new String(pdf, 0, 8).startsWith("%PDF-1.7"));
            }
        }

        // a second run makes nothing new and leaves every file as it was
        Map<String, String> before = new HashMap<>();
        made.forEach(c -> before.put(c.getSerial(), c.getSha256()));
        Jobs.completed(certify());
        List<Certificate> again = certificates.ofTrack(track.getId());
        assertEquals(9, again.size());
        again.stream().filter(c -> c.getStatus() == CertificateStatus.GENERATED)
                .forEach(c -> assertEquals(before.get(c.getSerial()), c.getSha256()));

        // verification: public, by code; the same answer for a made-up code and one not yet made
        Certificate teamA = again.stream().filter(c -> c.getKind() == CertificateKind.TEAM
                && c.getRegistrationId().equals(teams.get(0).getId())).findFirst().orElseThrow();
        Caller.signOut();
        Verification valid = certificates.verify(teamA.getVerificationCode().toLowerCase());
        assertTrue(valid.valid());
        assertEquals(teams.get(0).getTeamName(), valid.holder());
        assertEquals("一等奖", valid.distinction());
        assertTrue(valid.scopeName().contains(track.getCode()));
        assertThrows(NotFoundException.class, () -> certificates.verify("ABCDEFGHJKMNPQRSTUVW"));
        assertThrows(NotFoundException.class, () -> certificates.verify(failed.get(0).getVerificationCode()));
        // by the serial printed on the paper too, with the same answer; a failed one's serial is not known either
        assertEquals(valid, certificates.verify(" " + teamA.getSerial().toLowerCase() + " "));
        assertThrows(NotFoundException.class, () -> certificates.verify(failed.get(0).getSerial()));

        // who may download what
        Caller.as(contacts.get(0), Caller.CHOSEN_PASSWORD);
        List<Certificate> mine = certificates.mine();
        assertEquals(4, mine.size(), "the team's and its three members'");
        assertTrue(mine.stream().allMatch(c -> c.getRegistrationId().equals(teams.get(0).getId())));
        assertTrue(Files.size(certificates.file(teamA.getId())) > 10_000);
        Certificate memberOfB = again.stream().filter(c -> c.getKind() == CertificateKind.MEMBER
                && c.getRegistrationId().equals(teams.get(1).getId()) && c.getStatus() == CertificateStatus.GENERATED)
                .findFirst().orElseThrow();
        assertThrows(AccessDeniedException.class, () -> certificates.file(memberOfB.getId()), "not another team's");
        // the same through the REST API, as the team's contact
        Api api = new Api(StageStream.base() + "/");
        String contact = Api.basic(contacts.get(0), Caller.CHOSEN_PASSWORD);
        HttpResponse<String> listed = api.send("GET", "api/certificates/mine", contact, null, null);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(4, listed.body().split("\"serial\"").length - 1, listed.body());
        assertTrue(listed.body().contains("\"id\":" + teamA.getId()), listed.body());
        HttpResponse<byte[]> pdf = download(teamA.getId(), contact);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals(teamA.getSha256(), Checksums.sha256(pdf.body()), "the recorded file");
        assertEquals(403, download(memberOfB.getId(), contact).statusCode(), "not another team's");
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        Path zip = certificates.zipOfTrack(track.getId());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(7, entries.size(), "every certificate made: " + entries);
        assertTrue(entries.contains(teamA.getSerial() + ".pdf"));

        // the committee revokes one and reissues it: a new serial, the old one says so
        Caller.asCommittee();
        Certificate revoked = certificates.revoke(teamA.getId(), teamA.getVersion(), "团队名称有误，更正后补发");
        assertEquals("validation.required", assertThrows(
                cn.org.smeie.competition.platform.error.InvalidInputException.class,
                () -> certificates.revoke(memberOfB.getId(), memberOfB.getVersion(), "")).violations().get(0).key());
        assertFalse(certificates.verify(teamA.getVerificationCode()).valid());
        Jobs.completed(certify());
        assertEquals(9, certificates.ofTrack(track.getId()).size(), "a revoked certificate is replaced by a reissue only");
        Certificate fresh = certificates.reissue(revoked.getId(), revoked.getVersion());
        assertNotEquals(teamA.getSerial(), fresh.getSerial());
        assertEquals(CertificateStatus.PENDING, fresh.getStatus());
        assertEquals("certificate.reissuedAlready", assertThrows(ConflictException.class,
                () -> certificates.reissue(revoked.getId(), revoked.getVersion() + 1)).key());
        Jobs.completed(certify());
        Verification old = certificates.verify(teamA.getVerificationCode());
        assertFalse(old.valid());
        assertEquals("团队名称有误，更正后补发", old.revokedReason());
        assertEquals(fresh.getSerial(), old.reissuedAs());
        assertTrue(certificates.verify(fresh.getVerificationCode()).valid());
    }

    @Test
    void aRunStoppedMidwayAndRestartedLeavesEveryCertificateExactlyOnce() throws Exception {
        // many honours: enough work for the stop to land while the job renders (chunks of 100, two partitions)
        track = Honours.approved(HONOURS);
        Set<Long> honors = Set.copyOf(results.honors(FinalsTeams.firstEdition()).stream()
                .filter(h -> h.getTrack() != null && h.getTrack().getId().equals(track.getId())).map(Honor::getId)
                .toList());
        long execution = jobs.generateCertificates(FinalsTeams.firstEdition());
        long until = System.currentTimeMillis() + 60_000;
        while (generated() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        jobs.stop(execution);
        JobRun stopped = Jobs.ended(jobs, execution, Duration.ofMinutes(2));
        assertEquals("STOPPED", stopped.status(), "stopped midway");
        int done = generated();
        assertTrue(done > 0 && done < HONOURS, "some made, some not: " + done);

        Jobs.completed(jobs, jobs.restart(execution), Duration.ofMinutes(2));
        List<Certificate> all = certificates.ofTrack(track.getId());
        assertEquals(HONOURS, all.size(), "one certificate an honour");
        assertTrue(all.stream().allMatch(c -> c.getStatus() == CertificateStatus.GENERATED), "every one made");
        assertEquals(HONOURS, all.stream().map(Certificate::getSerial).distinct().count());
        assertEquals(honors, Set.copyOf(all.stream().map(Certificate::getHonorId).toList()));
        Path folder = certificates.file(all.get(0).getId()).getParent();
        for (Certificate c : all) {
            assertEquals(c.getSha256(), Checksums.sha256(Files.readAllBytes(folder.resolve(c.getFileName()))),
                    "whole, as recorded: " + c.getSerial());
        }
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half-written file");
        }
    }

    /** Runs the certificate job to its end. */
    private JobRun certify() throws InterruptedException {
        return Jobs.ended(jobs, jobs.generateCertificates(FinalsTeams.firstEdition()), Duration.ofMinutes(2));
    }

    private int generated() {
        return (int) certificates.ofTrack(track.getId()).stream()
                .filter(c -> c.getStatus() == CertificateStatus.GENERATED).count();
    }

    /** A certificate's PDF through the REST API, as a browser asks for it. */
    private static HttpResponse<byte[]> download(long certificateId, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(StageStream.base()
                        + "/api/certificates/files/" + certificateId)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A track whose two teams (A first prize, B second) are confirmed; a member of B is 吉𠮷, a character the font lacks. */
    private void confirmedTrack() {
        track = Teams.openTrack(FinalsTeams.firstEdition());
        for (int t = 0; t < 2; t++) {
            String contact = Teams.signedUpContact();
            contacts.add(contact);
            RegistrationForm form = Teams.validTeam();
            if (t == 1) {
                List<MemberForm> members = new ArrayList<>(form.members());
                MemberForm student = members.get(0);
                members.set(0, new MemberForm("吉𠮷", student.kind(), student.organization(), student.title(),
                        student.email(), student.mobile(), student.presenter()));
                form = new RegistrationForm(form.teamName(), form.projectTitle(), form.problemStatement(),
                        form.resultSummary(), members, form.organizations());
            }
            Registration draft = registrations.create(track.getId(), form);
            Registration submitted = registrations.submit(draft.getId(), draft.getVersion());
            Caller.asCommittee();
            teams.add(registrations.approve(submitted.getId(), submitted.getVersion()));
        }
        Account judge = Caller.newAccount("cj", Role.JUDGE, Set.of(track.getId()), Set.of()).account();
        host = Caller.newAccount("ch", Role.HOST, Set.of(track.getId()), Set.of()).account();
        Caller.asCommittee();
        Round round = judging.createTrackRound(track.getId());
        round = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                new BigDecimal("0.5"), 1, null, null, CriterionForm.notice()));
        judging.assignAutomatically(round.getId());
        round = judging.startScoring(round.getId(), round.getVersion());
        Caller.as(judge.getUsername(), Caller.CHOSEN_PASSWORD);
        for (ScoreSheet sheet : judging.mySheets(round.getId())) {
            String each = sheet.getRegistration().getId().equals(teams.get(0).getId()) ? "90" : "80";
            Map<String, BigDecimal> scores = new HashMap<>();
            round.criterionCodes().forEach(code -> scores.put(code, new BigDecimal(each)));
            judging.submit(sheet.getId(), sheet.getVersion(), scores, null);
        }
        Caller.asCommittee();
        judging.closeScoring(round.getId(), judging.round(round.getId()).getVersion());
        ResultPlan plan = results.setQuotas(round.getId(), results.plan(round.getId()).getVersion(),
                new Quotas(Quotas.Kind.COUNT, 1, 1, 0, null, null, null));
        results.aggregateNow(round.getId());
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        plan = results.review(round.getId(), results.plan(round.getId()).getVersion(), null);
        Caller.asCommittee();
        results.confirm(round.getId(), plan.getVersion());
    }
}
