package cn.org.smeie.competition.certificates.control;

import cn.org.smeie.competition.certificate.control.CertificateLedger;
import cn.org.smeie.competition.certificate.entity.Certificate;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the certificates of its partition that need a file, a page at a time in id order; the
 * checkpoint is the last id read, so a restart goes on after it.
 */
@Named
@Dependent
public class CertificateReader extends AbstractItemReader {

    private static final int PAGE = 100;

    @Inject
    @BatchProperty
    String editionId;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    CertificateLedger ledger;

    private final Deque<Certificate> page = new ArrayDeque<>();
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(ledger.toRender(Long.parseLong(editionId), Integer.parseInt(partition),
                    Integer.parseInt(partitions), last, PAGE));
        }
        Certificate next = page.poll();
        if (next != null) {
            last = next.getId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
