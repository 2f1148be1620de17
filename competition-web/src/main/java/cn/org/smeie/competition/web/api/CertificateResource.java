package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.certificate.boundary.Certificates;
import cn.org.smeie.competition.certificate.boundary.Verification;
import cn.org.smeie.competition.certificate.entity.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Verification of a certificate by the code printed on it (and in its QR code): public. A team's contact lists
 * and downloads the team's certificates (who may download what is the EJB layer's {@link Certificates#file}).
 */
@ApplicationScoped
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    /** A certificate as its team sees it in the list. */
    public record CertificateView(long id, String serial, String kind, String holder, String distinction,
                                  String status) {

        static CertificateView of(Certificate c) {
            return new CertificateView(c.getId(), c.getSerial(), c.getKind().name(), c.getHolder(),
                    c.getDistinction(), c.getStatus().name());
        }
    }

    @Inject
    Certificates certificates;

    @GET
    @Path("{code}")
    @Operation(summary = "Whether a certificate stands: its holder, distinction, where and when, valid or revoked")
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The certificates of the signed-in contact's teams: the team's and its members'")
    public List<CertificateView> mine() {
        return certificates.mine().stream().map(CertificateView::of).toList();
    }

    @GET
    @Path("files/{id}")
    @Produces("application/pdf")
    @Operation(summary = "The PDF of a generated certificate: for its team's contact, its track's host, the committee")
    public Response file(@PathParam("id") long id) {
        java.nio.file.Path file = certificates.file(id);
        return Response.ok(file.toFile(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFileName() + "\"")
                .build();
    }
}
