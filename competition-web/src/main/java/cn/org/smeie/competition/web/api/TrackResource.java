package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Tracks for the console's users: what each may see, and the committee's changes, under the boundary's rules. */
@ApplicationScoped
@Path("tracks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TrackResource {

    /** The media type of an .xlsx workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TrackCatalog catalog;

    @Inject
    RegistrationImport imports;

    /** A track with the version to send back in {@code If-Match}. */
    public record TrackVersion(int version, TrackView track) {
        static TrackVersion of(Track t) {
            return new TrackVersion(t.getVersion(), TrackView.of(t));
        }
    }

    @GET
    @Operation(summary = "The tracks of an edition the caller may see (?edition=id)")
    public List<TrackVersion> tracks(@QueryParam("edition") long editionId) {
        return catalog.tracksOf(editionId).stream().map(TrackVersion::of).toList();
    }

    @POST
    @Operation(summary = "Create a track of an edition (committee; ?edition=id)")
    public Response create(@QueryParam("edition") long editionId, TrackDetails details, @Context UriInfo uri) {
        Track created = catalog.create(editionId, details);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(TrackVersion.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One track the caller may see")
    public TrackVersion track(@PathParam("id") long id) {
        return TrackVersion.of(catalog.track(id));
    }

    @PUT
    @Path("{id}/registration-deadline")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Extend the track's registration deadline (committee); body: 2024-10-15T23:59:59 in the"
            + " edition's time, or empty for the edition's deadline; If-Match: the version last read")
    public TrackVersion extendRegistration(@PathParam("id") long id, @HeaderParam("If-Match") String version,
                                           String until) {
        return TrackVersion.of(catalog.extendRegistration(id, Versions.of(version), deadline(until)));
    }

    /** What an import did; each refused row with the reason in the caller's language. */
    public record ImportView(String fileName, String sha256, int rows, int teams, int imported, int alreadyRegistered,
                             int refusedTeams, List<RowProblem> problems) {
        static ImportView of(RegistrationImport.ImportReport report, Locale locale) {
            return new ImportView(report.fileName(), report.sha256(), report.rows(), report.teams(), report.imported(),
                    report.alreadyRegistered(), report.refusedTeams(), report.problems().stream()
                    .map(p -> new RowProblem(p.row(), p.contactEmail(), p.violation().field(), p.violation().key(),
                            p.violation().describe(locale))).toList());
        }
    }

    /** A refused row of a sheet: its number (the header is row 1), its team's contact, the field and why. */
    public record RowProblem(int row, String contactEmail, String field, String key, String message) {
    }

    @POST
    @Path("{id}/registration-imports")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a track's teams from a sheet, csv or xlsx with the columns of the console's template"
            + " (committee or the track's host; ?file=name): each team is checked as a registration and submitted,"
            + " a team already registered is left as it is, and each refused row is listed with the reason")
    public ImportView importTeams(@PathParam("id") long id, @QueryParam("file") String file, InputStream content,
                                  @Context HttpHeaders headers) {
        return ImportView.of(imports.importTeams(id, file, content), Problems.language(headers));
    }

    private static LocalDateTime deadline(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new Violation("registrationDeadline", "api.dateTime"));
        }
    }
}
