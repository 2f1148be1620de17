package cn.org.smeie.competition.it;

import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only, in the archive of the browser tests of what follows the finals: an edition with
 * confirmed finals ({@link AfterFinals#withConfirmedFinals()}), and who the browser test is to be.
 */
@Path("test-fixtures/after-finals")
public class AfterFinalsFixture {

    @Inject
    Registrations registrations;

    /**
     * A line each: the edition, the first prize's team, its contact (password {@link Caller#CHOSEN_PASSWORD})
     * and its student; plain text, as the test's JVM has no JSON implementation.
     */
    @POST
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String confirmedFinals() {
        AfterFinals.Fixture fixture = AfterFinals.withConfirmedFinals();
        Registration first = registrations.registration(fixture.firstPrize().getId());
        String student = first.getMembers().stream().filter(m -> m.getKind() == MemberKind.STUDENT).findFirst()
                .orElseThrow().getName();
        Caller.signOut();
        return fixture.editionId() + "\n" + first.getTeamName() + "\n" + fixture.contacts().get(0) + "\n" + student;
    }
}
