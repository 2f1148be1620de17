package cn.org.smeie.competition.certificates.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Splits the rendering into {@code threads} partitions (by certificate id), each on a thread of its own. */
@Named
@Dependent
public class CertificatePartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        int count = Math.max(1, Math.min(8, threads == null || threads.isBlank() ? 2 : Integer.parseInt(threads)));
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(count));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
