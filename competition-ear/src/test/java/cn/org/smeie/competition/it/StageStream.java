package cn.org.smeie.competition.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A screen of the live finals without a browser: subscribes to the stage's server-sent events over
 * HTTP, as a big screen does, and keeps each view with the moment it arrived.
 */
public final class StageStream implements AutoCloseable {

    /** A pushed view and when it arrived (System.nanoTime). */
    public record Received(JsonObject view, long nanos) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final int status;
    private final Stream<String> lines;
    private final Thread reader;

    private StageStream(HttpResponse<Stream<String>> response) {
        status = response.statusCode();
        lines = response.body();
        reader = new Thread(this::read, "stage-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes to the round's stage; {@code basic} is "user:password", or null for the public. */
    public static StageStream open(String base, long roundId, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "")
                        + "/api/finals/" + roundId + "/stage/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(5));
        if (basic != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new StageStream(client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    /** The base address of the test server, as the application knows it. */
    public static String base() {
        return System.getenv().getOrDefault("COMPETITION_PUBLIC_URL", "http://localhost:28080");
    }

    public int status() {
        return status;
    }

    /** The next view that matches, waiting at most {@code seconds}; views before it are passed over. */
    public Received await(Predicate<JsonObject> matching, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Received next = received.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no matching view of the stage within " + seconds + " s");
            }
            if (matching.test(next.view())) {
                return next;
            }
        }
    }

    private void read() {
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).strip());
                } else if (line.isEmpty() && data.length() > 0) {
                    long now = System.nanoTime();
                    received.add(new Received(Json.createReader(new StringReader(data.toString())).readObject(), now));
                    data.setLength(0);
                }
            });
        } catch (RuntimeException closed) {
            // the stream ends when the test closes it or the server closes the channel
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
