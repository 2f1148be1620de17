package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current edition and its published tracks: public. */
@ApplicationScoped
@Path("editions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    /** The current edition: its calendar and its published tracks. */
    public record EditionView(long id, String nameZh, String nameEn, String documentNumber, String registrationDeadline,
                              String trackDeadline, String finalsMonth, String timeZone, List<TrackView> tracks) {
    }

    @GET
    @Path("current")
    @Operation(summary = "The current edition and its published tracks")
    public EditionView currentEdition() {
        Edition e = editions.current();
        return new EditionView(e.getId(), e.getNameZh(), e.getNameEn(), e.getDocumentNumber(),
                e.getRegistrationDeadline().toString(), e.getTrackDeadline().toString(), e.getFinalsMonth().toString(),
                e.getTimeZone().getId(), catalog.publishedTracks(e.getId()).stream().map(TrackView::of).toList());
    }
}
