package cn.org.smeie.competition.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Many screens of the live finals at once, without a thread each: one HTTP client, one connection per
 * screen to the stage's server-sent events, each event kept (its text, parsed only when asked) with the
 * moment its last line arrived.
 */
final class Audience implements AutoCloseable {

    /** An event's data and when it arrived (System.nanoTime). */
    record Event(String data, long nanos) {

        JsonObject view() {
            return Json.createReader(new StringReader(data)).readObject();
        }
    }

    /**
     * HTTP/1.1, one connection a screen, as a phone's browser watching over plain HTTP has (the JDK client would
     * otherwise offer an upgrade to HTTP/2 and carry many screens on one connection).
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final List<Screen> screens = new ArrayList<>();

    /** Opens {@code count} public screens of the round's stage. */
    static Audience open(String base, long roundId, int count) {
        Audience audience = new Audience();
        URI events = URI.create(base.replaceAll("/$", "") + "/api/finals/" + roundId + "/stage/events");
        for (int i = 0; i < count; i++) {
            Screen screen = new Screen();
            audience.screens.add(screen);
            audience.client.sendAsync(HttpRequest.newBuilder(events).header("Accept", "text/event-stream")
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.fromLineSubscriber(screen));
        }
        return audience;
    }

    int size() {
        return screens.size();
    }

    /**
     * For each screen, the arrival of its next event that matches, waiting at most {@code seconds} in all;
     * events before it are passed over. A screen that got none has {@code -1}.
     */
    long[] await(Predicate<JsonObject> matching, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long[] arrivals = new long[screens.size()];
        for (int i = 0; i < arrivals.length; i++) {
            arrivals[i] = screens.get(i).next(matching, until);
        }
        return arrivals;
    }

    @Override
    public void close() {
        screens.forEach(Screen::cancel);
    }

    /** One connection: its lines, gathered into events. */
    static final class Screen implements Flow.Subscriber<String> {

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final StringBuilder data = new StringBuilder();
        private volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).strip());
            } else if (line.isEmpty() && data.length() > 0) {
                events.add(new Event(data.toString(), System.nanoTime()));
                data.setLength(0);
            }
        }

        @Override
        public void onError(Throwable error) {
            // the connection ended: the screen gets nothing more, and a wait for it times out
        }

        @Override
        public void onComplete() {
            // as above
        }

        long next(Predicate<JsonObject> matching, long until) throws InterruptedException {
            while (true) {
                Event next = events.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    return -1;
                }
                if (matching.test(next.view())) {
                    return next.nanos();
                }
            }
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
