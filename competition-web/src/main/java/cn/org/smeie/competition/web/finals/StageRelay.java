package cn.org.smeie.competition.web.finals;

import cn.org.smeie.competition.judging.entity.StageView;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Carries each new view of a finals stage to the screens of every instance, not only those of the instance
 * where the change was made: on a deployment group the screens of one round are spread over the instances
 * behind the balancer. Each view the EJB layer publishes goes, as JSON, to a topic of Payara's data grid
 * (Hazelcast, {@code payara/Hazelcast}); every instance, this one included, hears it and pushes it to its own
 * screens ({@link StageBroadcasts}), on the container's managed executor. A server without the data grid
 * pushes the view to its own screens directly.
 */
@ApplicationScoped
public class StageRelay {

    /** The data grid's topic of the stage views. */
    static final String TOPIC = "competition-finals-stage";

    private static final Logger LOG = Logger.getLogger(StageRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    StageBroadcasts broadcasts;

    @Resource
    ManagedExecutorService executor;

    /** Views heard from the data grid, not yet pushed; and whether a thread is pushing them. */
    private final Queue<String> heard = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** The topic, or null when this server has no data grid. */
    private ITopic<String> topic;
    private UUID listener;

    /** Joins the topic when the application starts, so that views of other instances reach this one's screens. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            HazelcastInstance grid = InitialContext.doLookup("payara/Hazelcast");
            if (grid == null || !grid.getLifecycleService().isRunning()) {
                LOG.info("no data grid: the finals' views reach this instance's screens only");
                return;
            }
            ITopic<String> joined = grid.getTopic(TOPIC);
            listener = joined.addMessageListener(message -> heard(message.getMessageObject()));
            topic = joined;
            LOG.info(() -> "the finals' views go through the data grid's topic " + TOPIC + " ("
                    + grid.getCluster().getMembers().size() + " members now)");
        } catch (NamingException | LinkageError | RuntimeException e) {
            LOG.log(Level.INFO, "no data grid: the finals' views reach this instance's screens only", e);
        }
    }

    /** A new view, made on this instance: to every instance's screens. */
    void changed(@Observes StageView view) {
        ITopic<String> grid = topic;
        if (grid == null) {
            broadcasts.changed(view);
            return;
        }
        try {
            grid.publish(JSON.toJson(view));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the data grid did not take the finals' view: this instance's screens only", e);
            broadcasts.changed(view);
        }
    }

    /**
     * A view from the data grid (of any instance): to this instance's screens, on a thread of the container, one
     * after another in the order heard (the grid delivers a topic's messages in order), never two at once.
     */
    private void heard(String json) {
        heard.add(json);
        drain();
    }

    private void drain() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    for (String json = heard.poll(); json != null; json = heard.poll()) {
                        push(json);
                    }
                } finally {
                    draining.set(false);
                }
                if (!heard.isEmpty()) {
                    drain();
                }
            });
        }
    }

    /** One view to this instance's screens; one that fails is logged, and the views after it still go. */
    private void push(String json) {
        try {
            broadcasts.changed(JSON.fromJson(json, StageView.class));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a finals view from the data grid could not be pushed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (topic != null && listener != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the data grid is gone already", e);
            }
        }
    }
}
