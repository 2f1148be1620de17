package cn.org.smeie.competition.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.dashboard.boundary.Dashboards;
import cn.org.smeie.competition.dashboard.boundary.Overview;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.search.boundary.Search;
import cn.org.smeie.competition.search.boundary.SearchHit;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures against the data they count (read back through the registrations'
 * own boundary), for the committee and for a host who sees its track alone; and the search, which
 * finds for a host only what belongs to its track.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleOverviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ConsoleOverviewIT.class);
    }

    @Inject
    Dashboards dashboards;

    @Inject
    Search search;

    @Inject
    Registrations registrations;

    @Inject
    Judging judging;

    private long edition;
    private List<Registration> teamsA;
    private List<Registration> teamsB;
    private long trackA;
    private long trackB;
    private Account hostA;

    @BeforeEach
    void twoTracks() {
        edition = FinalsTeams.firstEdition();
        teamsA = FinalsTeams.approvedTeams(3);
        teamsB = FinalsTeams.approvedTeams(2);
        trackA = teamsA.get(0).getTrack().getId();
        trackB = teamsB.get(0).getTrack().getId();
        hostA = Caller.newAccount("dh", Role.HOST, Set.of(trackA), Set.of()).account();
    }

    @Test
    void everyFigureMatchesTheDataAndAHostSeesItsTrackAlone() {
        Caller.asCommittee();
        Round round = judging.createTrackRound(trackA);
        Account judge = Caller.newAccount("dj", Role.JUDGE, Set.of(trackA), Set.of()).account();
        Caller.asCommittee();
        judging.assign(round.getId(), teamsA.get(0).getId(), judge.getId());
        judging.assign(round.getId(), teamsA.get(1).getId(), judge.getId());

        Overview a = dashboards.overview(edition, trackA);
        List<Registration> data = registrations.ofTrack(trackA, RegistrationQuery.all(), 0, 100);
        Map<RegistrationStatus, Long> expected = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            expected.put(s, data.stream().filter(r -> r.getStatus() == s).count());
        }
        assertEquals(expected, a.byStatus());
        assertEquals(3, a.count(RegistrationStatus.APPROVED));
        assertEquals(3, a.registrations());
        assertEquals(distinct(data, OrganizationKind.UNIVERSITY), a.universities());
        assertEquals(distinct(data, OrganizationKind.ENTERPRISE), a.enterprises());
        assertEquals(3, a.universities());
        assertEquals(data.stream().mapToLong(r -> r.getMembers().size()).sum(), a.members());
        assertEquals(3, a.submittedByDay().stream().mapToLong(Overview.DayCount::count).sum());
        assertEquals(LocalDate.now(Teams.BEIJING), a.submittedByDay().get(a.submittedByDay().size() - 1).day());
        Overview.RoundProgress progress = a.rounds().stream().filter(r -> r.roundId() == round.getId()).findFirst()
                .orElseThrow();
        assertEquals(1, progress.judges());
        assertEquals(2, progress.sheets());
        assertEquals(0, progress.submitted());
        assertTrue(a.deadlines().stream().anyMatch(d -> d.kind().equals("REGISTRATION")
                && a.trackCodes().get(0).equals(d.trackCode())), "the track's extended deadline is listed");

        Overview all = dashboards.overview(edition, null);
        assertTrue(all.trackCodes().containsAll(List.of(teamsA.get(0).getTrack().getCode(),
                teamsB.get(0).getTrack().getCode())));
        assertTrue(all.registrations() >= 5, "the committee's overview counts every track");

        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        Overview own = dashboards.overview(edition, null);
        assertEquals(List.of(teamsA.get(0).getTrack().getCode()), own.trackCodes(), "a host counts its track alone");
        assertEquals(a.byStatus(), own.byStatus());
        assertEquals(a.members(), own.members());
        assertTrue(own.rounds().stream().allMatch(r -> r.trackCode() != null), "no finals for a host");
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> dashboards.overview(edition, trackB));
        assertEquals(0, denied.arguments().length);
    }

    @Test
    void aHostFindsWhatIsOfItsTrackAndNothingElse() {
        Registration a = teamsA.get(0);
        Registration b = teamsB.get(0);
        String universityA = organization(a, OrganizationKind.UNIVERSITY);
        String emailB = b.getMembers().get(0).getEmail();

        Caller.as(hostA.getUsername(), Caller.CHOSEN_PASSWORD);
        List<SearchHit> team = search.find(a.getTeamName());
        assertTrue(team.stream().anyMatch(h -> h.kind() == SearchHit.Kind.TEAM && h.registrationId().equals(a.getId())));
        List<SearchHit> organization = search.find(universityA);
        assertEquals(List.of(new SearchHit(SearchHit.Kind.ORGANIZATION, universityA, "1", a.getTrack().getCode(),
                a.getId(), null)), organization.stream().filter(h -> h.kind() == SearchHit.Kind.ORGANIZATION).toList(),
                "the university, once, with the number of its teams");
        assertEquals(List.of(), search.find(b.getTeamName()), "another track's team is not found");
        assertEquals(List.of(), search.find(emailB), "nor a person of it");
        assertEquals(List.of(), search.find("%%"), "wildcards are taken as they are");

        Caller.asCommittee();
        assertTrue(search.find(b.getTeamName()).stream().anyMatch(h -> h.registrationId().equals(b.getId())));
        List<SearchHit> person = search.find(emailB.toUpperCase());
        assertTrue(person.stream().anyMatch(h -> h.kind() == SearchHit.Kind.PERSON && h.detail().equals(b.getTeamName())),
                "a person by e-mail, whatever the case");
        InvalidInputException tooShort = assertThrows(InvalidInputException.class, () -> search.find(" x "));
        assertEquals("search.length", tooShort.violations().get(0).key());
    }

    private static long distinct(List<Registration> data, OrganizationKind kind) {
        return data.stream().filter(r -> r.getStatus() != RegistrationStatus.DRAFT)
                .flatMap(r -> r.getOrganizations().stream()).filter(o -> o.getKind() == kind)
                .map(o -> o.getName()).collect(Collectors.toSet()).size();
    }

    private static String organization(Registration registration, OrganizationKind kind) {
        return registration.getOrganizations().stream().filter(o -> o.getKind() == kind).findFirst().orElseThrow()
                .getName();
    }
}
