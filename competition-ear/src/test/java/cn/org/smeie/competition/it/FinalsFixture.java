package cn.org.smeie.competition.it;

import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.StageView;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only, in the archive of the browser tests of the finals: sets up a team on the finals' stage
 * through the real boundaries (as the committee) and tells the browser test who to be.
 */
@Path("test-fixtures/finals")
public class FinalsFixture {

    @Inject
    LiveFinals finals;

    /**
     * What the browser test needs, a line each: the round, the team on stage, its judge (password
     * {@link Caller#CHOSEN_PASSWORD}); plain text, as the test's JVM has no JSON implementation.
     */
    @POST
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String teamOnStage() {
        return teamOnStage(finals);
    }

    /** The same, for other fixtures. */
    static String teamOnStage(LiveFinals finals) {
        FinalsTeams.FinalsTeam team = FinalsTeams.inFinals(1, 1).get(0);
        StageView stage = finals.openToAudience(team.roundId(), finals.stage(team.roundId()).version(), true);
        finals.present(team.roundId(), stage.version(), team.team().getId());
        Caller.signOut();
        return team.roundId() + "\n" + team.team().getTeamName() + "\n" + team.judges().get(0).getUsername();
    }
}
