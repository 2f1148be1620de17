package cn.org.smeie.competition.web.finals;

import cn.org.smeie.competition.judging.entity.StageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes the live stage of the finals to every screen watching it, as server-sent events: each new
 * {@link StageView} the EJB layer publishes ({@link StageRelay}: from any instance) goes, serialized once, to the
 * screens of its round on this instance. A
 * screen that subscribes gets the latest view first, under the same lock as the broadcasts, so it
 * misses none and sees none out of order. When the committee closes the screen to the audience, every
 * screen of the round is disconnected: they reconnect, and the EJB layer lets back in only those who
 * may still watch.
 */
@ApplicationScoped
public class StageBroadcasts {

    /** The name of the pushed events. */
    public static final String EVENT = "stage";

    private static final Logger LOG = Logger.getLogger(StageBroadcasts.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

    /** Adds a screen: it gets the latest view (or {@code current}, when none was pushed yet), then every change. */
    public void subscribe(SseEventSink sink, Sse sse, StageView current) {
        channels.computeIfAbsent(current.roundId(), round -> new Channel(sse)).subscribe(sink, current);
    }

    /** A new view of a stage (made on this instance or another, {@link StageRelay}): to this instance's screens. */
    void changed(StageView view) {
        Channel channel = channels.get(view.roundId());
        if (channel != null && channel.broadcast(view)) {
            channels.remove(view.roundId(), channel);
        }
    }

    /** How many screens watch the round's stage (for tests and the console). */
    public int screens(long roundId) {
        Channel channel = channels.get(roundId);
        return channel == null ? 0 : channel.screens;
    }

    /** The screens of one round. */
    private static final class Channel {

        private final Sse sse;
        private final SseBroadcaster broadcaster;
        private StageView latest;
        private int screens;

        Channel(Sse sse) {
            this.sse = sse;
            this.broadcaster = sse.newBroadcaster();
            broadcaster.onClose(sink -> gone());
            broadcaster.onError((sink, error) -> {
                LOG.log(Level.FINE, "a finals screen went away", error);
                gone();
            });
        }

        synchronized void subscribe(SseEventSink sink, StageView current) {
            // a change newer than the latest broadcast is on its way to this channel: the latest is the one to show
            StageView shown = latest != null ? latest : current;
            sink.send(event(shown));
            broadcaster.register(sink);
            screens++;
        }

        /** Sends the view; returns true when the channel closed (the screen is no longer public). */
        synchronized boolean broadcast(StageView view) {
            boolean closing = latest != null && latest.audiencePublic() && !view.audiencePublic();
            latest = view;
            broadcaster.broadcast(event(view));
            if (closing) {
                broadcaster.close();
            }
            return closing;
        }

        private synchronized void gone() {
            screens = Math.max(0, screens - 1);
        }

        private OutboundSseEvent event(StageView view) {
            return sse.newEventBuilder().name(EVENT).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, JSON.toJson(view)).reconnectDelay(1000).build();
        }
    }
}
