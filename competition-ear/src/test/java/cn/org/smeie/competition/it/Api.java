package cn.org.smeie.competition.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The REST API as a client outside the server calls it: JSON in and out, Basic authentication, If-Match. */
public final class Api {

    private static final Pattern NUMBER = Pattern.compile("\"(%s)\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public Api(String base) {
        this.base = URI.create(base);
    }

    /** A request with a JSON body (or none). */
    public HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String json)
            throws IOException, InterruptedException {
        return send(method, path, authorization, ifMatch, json, "application/json");
    }

    /** A request with a text body of the given type (or none), answered in JSON. */
    public HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String body,
                                     String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", type + "; charset=UTF-8");
        }
        return http.send(authorized(request, authorization, ifMatch).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST of binary content, e.g. a PDF. */
    public HttpResponse<String> post(String path, String authorization, byte[] content, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return http.send(authorized(request, authorization, null).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String authorization, String ifMatch) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The first number named {@code name} in a JSON text. */
    public static long number(String json, String name) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            throw new AssertionError("no \"" + name + "\" in " + json);
        }
        return Long.parseLong(m.group(2));
    }

    /** A one-page PDF, as a team attaches. */
    public static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
