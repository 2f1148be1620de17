package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.certificate.control.CertificateLedger;
import cn.org.smeie.competition.certificate.entity.Certificate;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a certificate to PDF bytes (nothing is written yet). Each thread keeps a renderer of its
 * own, so the font is parsed once a thread. A certificate that cannot be rendered (a character the
 * font lacks) becomes a failure to record, and the others go on.
 */
@Named
@Dependent
public class CertificateProcessor implements ItemProcessor {

    private static final ThreadLocal<CertificateRenderer> RENDERERS = ThreadLocal.withInitial(CertificateRenderer::new);

    @Inject
    CertificateLedger ledger;

    @Inject
    @ConfigProperty(name = "competition.public.url")
    String publicUrl;

    /** A rendered certificate, or why it could not be. */
    public record Outcome(long id, String serial, byte[] pdf, String failure) {
    }

    @Override
    public Object processItem(Object item) throws IOException {
        Certificate certificate = ledger.load((Long) item);
        String url = publicUrl.replaceAll("/$", "") + "/verify.xhtml?code=" + certificate.getVerificationCode();
        try {
            return new Outcome(certificate.getId(), certificate.getSerial(), RENDERERS.get().render(certificate, url),
                    null);
        } catch (CertificateRenderer.MissingCharacterException e) {
            return new Outcome(certificate.getId(), certificate.getSerial(), null, e.getMessage());
        }
    }
}
