package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Team registrations through the API: a team contact creates, reads, changes and submits its own;
 * the rules, the deadline, who may see what and the audit are the {@link Registrations} boundary's.
 * Changes carry the version last read in {@code If-Match}, so two writers never overwrite each other.
 */
@ApplicationScoped
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class RegistrationResource {

    @Inject
    Registrations registrations;

    @GET
    @Operation(summary = "The caller's own registrations (team contacts)")
    public List<RegistrationView> mine() {
        return registrations.mine().stream().map(RegistrationView::of).toList();
    }

    @POST
    @Operation(summary = "Create the caller's draft registration for a track that takes registrations (?track=id)")
    public Response create(@QueryParam("track") long trackId, RegistrationForm form, @Context UriInfo uri) {
        Registration created = registrations.create(trackId, form);
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(created.getId().toString()).build())
                .entity(RegistrationView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One registration: for its team, the host of its track or the committee")
    public RegistrationView read(@PathParam("id") long id) {
        return RegistrationView.of(registrations.registration(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a draft or returned registration; If-Match: the version last read")
    public RegistrationView update(@PathParam("id") long id, @HeaderParam("If-Match") String version,
                                   RegistrationForm form) {
        return RegistrationView.of(registrations.update(id, Versions.of(version), form));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a registration; it must then be complete. If-Match: the version last read")
    public RegistrationView submit(@PathParam("id") long id, @HeaderParam("If-Match") String version) {
        return RegistrationView.of(registrations.submit(id, Versions.of(version)));
    }

    /** A material as the API lists it. */
    public record MaterialView(long id, String fileName, long size, String sha256) {
        static MaterialView of(Material m) {
            return new MaterialView(m.getId(), m.getFileName(), m.getSize(), m.getSha256());
        }
    }

    @GET
    @Path("{id}/materials")
    @Operation(summary = "The materials (PDF) of a registration")
    public List<MaterialView> materials(@PathParam("id") long id) {
        return registrations.materials(id).stream().map(MaterialView::of).toList();
    }

    @POST
    @Path("{id}/materials")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a PDF (at most 20 MB, checked by content); ?name=the file's name")
    public Response addMaterial(@PathParam("id") long id, @QueryParam("name") String name, InputStream content,
                                @Context UriInfo uri) {
        Material added = registrations.addMaterial(id, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
                .entity(MaterialView.of(added)).build();
    }
}
