package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.problemboard.boundary.PostedProblem;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.problemboard.entity.ProblemForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The enterprise problem board (揭榜), open to anyone as on the portal: the published problems, and posting one. */
@ApplicationScoped
@Path("problems")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProblemResource {

    @Inject
    ProblemBoard board;

    @Inject
    Editions editions;

    /** A published problem as the public sees it: no contact details. */
    public record ProblemView(long id, String trackCode, String enterprise, String title, String field,
                              String description, String expectedResult) {

        static ProblemView of(EnterpriseProblem p) {
            return new ProblemView(p.getId(), p.getTrack().getCode(), p.getEnterprise(), p.getTitle(), p.getField(),
                    p.getDescription(), p.getExpectedResult());
        }
    }

    @GET
    @Operation(summary = "The problems the committee has published for an edition (the current one without ?edition=)")
    public List<ProblemView> published(@QueryParam("edition") Long edition) {
        long id = edition == null ? editions.current().getId() : editions.edition(edition).getId();
        return board.published(id).stream().map(ProblemView::of).toList();
    }

    @POST
    @Operation(summary = "An enterprise posts a problem of a track before its registration closes; it waits for the"
            + " committee's review. The answer (and a mail to the contact) carries the code that follows it.")
    public Response post(ProblemForm form) {
        PostedProblem posted = board.post(form);
        return Response.status(Response.Status.CREATED).entity(posted).build();
    }
}
