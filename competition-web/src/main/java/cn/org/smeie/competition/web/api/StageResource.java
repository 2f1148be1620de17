package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.StageView;
import cn.org.smeie.competition.web.finals.StageBroadcasts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The live stage of the finals (评委亮分) for big screens and other systems: the current view, and a
 * stream of server-sent events ({@value StageBroadcasts#EVENT}) with a new view on every change — a
 * judge's total as it is submitted, the next team, the revealed score. Public when the committee has
 * opened the screen to the audience; otherwise for the committee and the finals' judges (signed in
 * on the site, or with HTTP Basic).
 */
@ApplicationScoped
@Path("finals/{round}/stage")
public class StageResource {

    @Inject
    LiveFinals finals;

    @Inject
    StageBroadcasts broadcasts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the big screen of the finals shows now")
    public StageView stage(@PathParam("round") long round) {
        return finals.screen(round);
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The big screen's view as server-sent events: the current one, then one per change")
    public void events(@PathParam("round") long round, @Context SseEventSink sink, @Context Sse sse) {
        broadcasts.subscribe(sink, sse, finals.screen(round));
    }
}
