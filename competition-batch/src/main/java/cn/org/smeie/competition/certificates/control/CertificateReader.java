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
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads the certificates of its partition that need a file, in id order: their ids in one query when
 * the partition opens, the certificates a page at a time by id; the checkpoint is the last id read,
 * so a restart goes on after it.
 */
@Named
@Dependent
public class CertificateReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(CertificateReader.class.getName());

    /** Certificates loaded at a time, by their ids. */
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

    private final Deque<Long> ids = new ArrayDeque<>();
    private final Deque<Certificate> page = new ArrayDeque<>();
    private long last;
    private long opened;
    private int read;

    /** Reads the ids the partition has still to render (after its checkpoint when restarted) in one query. */
    @Override
    public void open(Serializable checkpoint) {
        opened = System.nanoTime();
        last = checkpoint == null ? 0 : (Long) checkpoint;
        ids.addAll(ledger.idsToRender(Long.parseLong(editionId), Integer.parseInt(partition),
                Integer.parseInt(partitions), last));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !ids.isEmpty()) {
            List<Long> next = new ArrayList<>(PAGE);
            while (next.size() < PAGE && !ids.isEmpty()) {
                next.add(ids.poll());
            }
            page.addAll(ledger.certificates(next));
        }
        Certificate next = page.poll();
        if (next != null) {
            last = next.getId();
            read++;
        }
        return next;
    }

    /** Says what the partition did and in how long, for the server's log. */
    @Override
    public void close() {
        LOG.info(() -> String.format("certificate partition %s of %s: %d read in %d ms", partition, partitions, read,
                (System.nanoTime() - opened) / 1_000_000));
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
