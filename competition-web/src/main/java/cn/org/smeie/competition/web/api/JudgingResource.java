package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.Criterion;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A judge's own score sheets through the API (a scoring app, a tablet that lost its page): the rounds the judge
 * scores, the sheets of a round, saving a draft and submitting. Who may score what, the scale and the step,
 * the deadline, the audit and the live stage are the {@link Judging} boundary's, as for the judges' pages.
 * Changes carry the version last read in {@code If-Match}: two devices of one judge never overwrite each other.
 */
@ApplicationScoped
@Path("judging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class JudgingResource {

    /** A round as a judge scores it: the scale, the step and the criteria with their weights. */
    public record RoundView(long id, String track, String kind, String status, BigDecimal scaleMax, BigDecimal step,
                            List<CriterionView> criteria) {
        static RoundView of(Round r) {
            return new RoundView(r.getId(), r.getTrack() == null ? null : r.getTrack().getCode(), r.getKind().name(),
                    r.getStatus().name(), r.getScaleMax(), r.getStep(),
                    r.getCriteria().stream().map(CriterionView::of).toList());
        }
    }

    /** A criterion of a round. */
    public record CriterionView(String code, String nameZh, String nameEn, BigDecimal weight) {
        static CriterionView of(Criterion c) {
            return new CriterionView(c.getCode(), c.getNameZh(), c.getNameEn(), c.getWeight());
        }
    }

    /** One of the judge's sheets: the team it scores, its scores so far, its state and version. */
    public record SheetView(long id, int version, long roundId, long registrationId, String teamName,
                            String projectTitle, String status, Map<String, BigDecimal> scores, String comment,
                            BigDecimal total, String returnedReason, OffsetDateTime returnedAt) {
        static SheetView of(ScoreSheet s) {
            return new SheetView(s.getId(), s.getVersion(), s.getRound().getId(), s.getRegistration().getId(),
                    s.getRegistration().getTeamName(), s.getRegistration().getProjectTitle(), s.getStatus().name(),
                    new TreeMap<>(s.getScores()), s.getComment(), s.weightedTotal(), s.getReturnedReason(),
                    s.getReturnedAt());
        }
    }

    /** Scores by criterion code, and an optional comment. */
    public record Scores(Map<String, BigDecimal> scores, String comment) {
    }

    @Inject
    Judging judging;

    @GET
    @Path("rounds")
    @Operation(summary = "The rounds in which the caller (a judge) has sheets")
    public List<RoundView> rounds() {
        return judging.myRounds().stream().map(RoundView::of).toList();
    }

    @GET
    @Path("rounds/{round}/sheets")
    @Operation(summary = "The caller's own sheets in a round: the teams assigned to them and nothing else")
    public List<SheetView> sheets(@PathParam("round") long roundId) {
        return judging.mySheets(roundId).stream().map(SheetView::of).toList();
    }

    @GET
    @Path("sheets/{id}")
    @Operation(summary = "One of the caller's sheets")
    public SheetView sheet(@PathParam("id") long id) {
        return SheetView.of(judging.mySheet(id));
    }

    @PUT
    @Path("sheets/{id}")
    @Operation(summary = "Save the scores so far (a draft); If-Match: the version last read")
    public SheetView save(@PathParam("id") long id, @HeaderParam("If-Match") String version, Scores scores) {
        return SheetView.of(judging.save(id, Versions.of(version), scoresOf(scores), commentOf(scores)));
    }

    @POST
    @Path("sheets/{id}/submission")
    @Operation(summary = "Submit the sheet with every score; final. If-Match: the version last read")
    public SheetView submit(@PathParam("id") long id, @HeaderParam("If-Match") String version, Scores scores) {
        return SheetView.of(judging.submit(id, Versions.of(version), scoresOf(scores), commentOf(scores)));
    }

    private static Map<String, BigDecimal> scoresOf(Scores given) {
        return given == null || given.scores() == null ? Map.of() : given.scores();
    }

    private static String commentOf(Scores given) {
        return given == null ? null : given.comment();
    }
}
