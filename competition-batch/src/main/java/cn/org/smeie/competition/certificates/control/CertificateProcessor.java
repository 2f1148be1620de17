package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.certificate.entity.Certificate;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a certificate to PDF bytes (nothing is written yet) with a renderer borrowed from a small
 * pool: a renderer keeps the parsed font (some 10 MB), so there are only as many as threads render
 * at once, whichever threads of the container's pool the partitions run on. A certificate that cannot
 * be rendered (a character the font lacks) becomes a failure to record, and the others go on.
 */
@Named
@Dependent
public class CertificateProcessor implements ItemProcessor {

    /** Idle renderers; one is made when none is idle, so the pool grows to the number rendering at once. */
    private static final Queue<CertificateRenderer> IDLE = new ConcurrentLinkedQueue<>();

    @Inject
    @ConfigProperty(name = "competition.public.url")
    String publicUrl;

    /** A rendered certificate, or why it could not be. */
    public record Outcome(long id, String serial, byte[] pdf, String failure) {
    }

    @Override
    public Object processItem(Object item) throws IOException {
        Certificate certificate = (Certificate) item;
        String url = publicUrl.replaceAll("/$", "") + "/verify.xhtml?code=" + certificate.getVerificationCode();
        CertificateRenderer renderer = IDLE.poll();
        if (renderer == null) {
            renderer = new CertificateRenderer();
        }
        try {
            return new Outcome(certificate.getId(), certificate.getSerial(), renderer.render(certificate, url), null);
        } catch (CertificateRenderer.MissingCharacterException e) {
            return new Outcome(certificate.getId(), certificate.getSerial(), null, e.getMessage());
        } finally {
            IDLE.add(renderer);
        }
    }
}
