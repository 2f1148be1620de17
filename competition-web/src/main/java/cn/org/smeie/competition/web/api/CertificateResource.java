package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.boundary.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Verification of a certificate by the code printed on it (and in its QR code): public. */
@ApplicationScoped
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    Certificates certificates;

    @GET
    @Path("{code}")
    @Operation(summary = "Whether a certificate stands: its holder, distinction, where and when, valid or revoked")
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }
}
