package cn.org.smeie.competition.load;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prepares a load test through the application's own API, as people would: the committee opens a
 * track; team contacts sign up, confirm their address with the link the server mailed (read from its
 * outbox folder: a load test has no SMTP server) and sign in, keeping their session. Not timed.
 */
final class Seeder {

    private static final Pattern NUMBER = Pattern.compile("\"%s\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{20,})");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Path outbox;
    private final String committee;

    Seeder(String base, Path data, String committeeUser, String committeePassword) {
        this.base = base.replaceAll("/$", "");
        this.outbox = data.resolve("mail/outbox");
        this.committee = basic(committeeUser, committeePassword);
    }

    /**
     * A Gatling feeder that hands out each of {@code items} once, in order, as the attributes {@code attributes}
     * makes of it; the list is read as the virtual users arrive, so it may be filled after the feeder is made.
     */
    static <T> Iterator<Map<String, Object>> once(List<T> items, Function<T, Map<String, Object>> attributes) {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return next.get() < items.size();
            }

            @Override
            public Map<String, Object> next() {
                return attributes.apply(items.get(next.getAndIncrement()));
            }
        };
    }

    /** A signed-in team contact: its number in the run and its session. */
    record Contact(int index, String email, SessionCookies session) {
    }

    /** A new track of the current edition whose registration is open until 2099; its id. */
    long openTrack(String code) throws Exception {
        long edition = number(send("GET", "/api/editions/current", null, null, null).body(), "id");
        HttpResponse<String> track = send("POST", "/api/tracks?edition=" + edition, committee, null,
                "{\"code\":\"" + code + "\",\"fieldZh\":\"压力测试\",\"fieldEn\":\"Load\",\"focusZh\":\"场景\","
                        + "\"abilitiesZh\":\"能力\",\"objectiveZh\":\"目标\",\"hostOrganization\":\"压力测试承办单位\","
                        + "\"contactName\":\"周老师\",\"contactPhone\":\"13800138000\"}");
        expect(track, 201);
        long id = number(track.body(), "id");
        expect(send("PUT", "/api/tracks/" + id + "/registration-deadline", committee,
                "\"" + number(track.body(), "version") + "\"", "2099-12-31T23:59:59", "text/plain"), 200);
        return id;
    }

    /** The seeder of the server at {@code base} for the committee of the environment (the run command's). */
    static Seeder ofEnvironment(String base, Path data) {
        return new Seeder(base, data, System.getenv("COMPETITION_ADMIN_USERNAME"),
                System.getenv("COMPETITION_ADMIN_PASSWORD"));
    }

    /** {@code count} team contacts, signed up, confirmed and signed in, {@code threads} at a time; the time it took said. */
    List<Contact> contacts(String run, int count, String password, int threads) throws Exception {
        long start = System.nanoTime();
        List<Contact> contacts = signedUp(run, count, password, threads);
        System.out.printf("seeded %d confirmed, signed-in contacts in %.0f s%n", contacts.size(),
                (System.nanoTime() - start) / 1e9);
        return contacts;
    }

    private List<Contact> signedUp(String run, int count, String password, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<String> emails = new ArrayList<>();
            List<Future<?>> signUps = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = "c" + i + "." + run + "@load.example.cn";
                emails.add(email);
                signUps.add(pool.submit(() -> expect(send("POST", "/api/team-accounts", null, null,
                        "{\"email\":\"" + email + "\",\"displayName\":\"压测联系人\",\"password\":\"" + password + "\"}"),
                        201)));
            }
            for (Future<?> f : signUps) {
                f.get();
            }
            Map<String, String> tokens = tokens(run, count, Duration.ofMinutes(5));
            List<Future<Contact>> signedIn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                String email = emails.get(i);
                signedIn.add(pool.submit(() -> {
                    expect(send("POST", "/api/team-accounts/confirmation", null, null,
                            "{\"token\":\"" + tokens.get(email) + "\"}"), 204);
                    HttpResponse<String> mine = send("GET", "/api/registrations", basic(email, password), null, null);
                    expect(mine, 200);
                    return new Contact(index, email, SessionCookies.of(mine, email));
                }));
            }
            List<Contact> contacts = new ArrayList<>();
            for (Future<Contact> f : signedIn) {
                contacts.add(f.get());
            }
            return contacts;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A host of the track, made by the committee with a one-time password, which the host then
     * replaces (the console's pages wait for that); the session of its sign-in.
     */
    SessionCookies host(String username, long trackId, String password) throws Exception {
        HttpResponse<String> created = expect(send("POST", "/api/accounts", committee, null, "{\"username\":\""
                + username + "\",\"displayName\":\"承办人 " + username + "\",\"role\":\"HOST\",\"trackIds\":["
                + trackId + "]}"), 201);
        Matcher oneTime = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(created.body());
        if (!oneTime.find()) {
            throw new IllegalStateException("no one-time password in " + created.body());
        }
        expect(send("PUT", "/api/accounts/me/password", basic(username, oneTime.group(1)), null,
                "{\"currentPassword\":\"" + oneTime.group(1) + "\",\"newPassword\":\"" + password + "\"}"), 204);
        return signIn(username, password);
    }

    /** Signs the account in through the API; its session. */
    SessionCookies signIn(String username, String password) throws Exception {
        long edition = number(send("GET", "/api/editions/current", null, null, null).body(), "id");
        HttpResponse<String> signIn = expect(send("GET", "/api/tracks?edition=" + edition, basic(username, password),
                null, null), 200);
        return SessionCookies.of(signIn, username);
    }

    /**
     * Imports {@code count} teams into the track as its host would (the import checks each as a
     * registration), sheets of 500, drawn from {@code random}: 2–4 students of one of ~400
     * universities (the first presents), a teacher, an expert of one of ~1,000 enterprises. Returns
     * the teams imported; a refused team stops the seeding.
     */
    int importTeams(long trackId, String code, int count, java.util.Random random) throws Exception {
        int imported = 0;
        for (int from = 0; from < count; from += 500) {
            StringBuilder sheet = new StringBuilder("contact_email,contact_name,team_name,project_title,problem_statement,"
                    + "result_summary,member_name,member_kind,organization,organization_kind,credit_code,title,"
                    + "member_email,member_mobile,presenter\n");
            for (int t = from; t < Math.min(count, from + 500); t++) {
                int university = random.nextInt(400);
                int enterprise = random.nextInt(1000);
                String contact = "c" + t + "." + code.toLowerCase() + "@load.example.cn";
                String team = contact + ",联系人" + t + "," + code + " 第" + (t + 1) + "队,项目 " + t
                        + ",企业难题：产线数据难以实时分析,原型系统与试点应用,";
                int students = 2 + random.nextInt(3);
                for (int m = 0; m < students + 2; m++) {
                    String kind = m < students ? "学生" : m == students ? "教师" : "企业专家";
                    boolean expert = m == students + 1;
                    String organization = expert ? "企业" + enterprise + "科技有限公司" : "大学" + university;
                    sheet.append(team).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                            .append(GIVEN.charAt(random.nextInt(GIVEN.length()))).append(',').append(kind).append(',')
                            .append(organization).append(',').append(expert ? "企业" : "高校").append(",,")
                            .append(expert ? "工程师" : "本科").append(",m").append(m).append('.').append(t).append('.')
                            .append(code.toLowerCase()).append(expert ? "@e" + enterprise + ".com.cn" : "@u" + university
                                    + ".edu.cn").append(',').append(String.format("1%d%09d", 3 + m % 6, mobile++))
                            .append(',').append(m == 0 ? "是" : "否").append('\n');
                }
            }
            HttpResponse<String> report = expect(send("POST", "/api/tracks/" + trackId + "/registration-imports?file="
                    + code + "-" + from + ".csv", committee, null, sheet.toString(), "text/csv"), 200);
            if (!report.body().contains("\"refusedTeams\":0")) {
                String body = report.body();
                throw new IllegalStateException("teams refused: " + body.substring(0, Math.min(body.length(), 600)));
            }
            imported += (int) number(report.body(), "imported");
        }
        return imported;
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玲建国志红鹏飞宇浩晨阳婷雪琳欣然喆堃玥昇淼珺婧彧祎翀琨";

    /** Mobile numbers of imported members, unique in the run. */
    private long mobile = 1;

    /** The confirmation token mailed to each contact of this run, read from the server's outbox. */
    private Map<String, String> tokens(String run, int count, Duration patience) throws Exception {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Session session = Session.getInstance(new Properties());
        Instant until = Instant.now().plus(patience);
        while (tokens.size() < count) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("only " + tokens.size() + " of " + count + " confirmation mails in "
                        + outbox);
            }
            try (Stream<Path> files = Files.list(outbox)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        MimeMessage mail = new MimeMessage(session, in);
                        String to = mail.getAllRecipients()[0].toString();
                        if (!to.endsWith("." + run + "@load.example.cn") || tokens.containsKey(to)) {
                            continue;
                        }
                        Matcher m = TOKEN.matcher(String.valueOf(mail.getContent()));
                        if (m.find()) {
                            tokens.put(to, m.group(1));
                        }
                    } catch (IOException | jakarta.mail.MessagingException stillBeingWritten) {
                        // a file renamed into place a moment ago is read on the next pass
                    }
                }
            }
            if (tokens.size() < count) {
                Thread.sleep(500);
            }
        }
        return tokens;
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String body)
            throws IOException, InterruptedException {
        return send(method, path, authorization, ifMatch, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String body,
                                      String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", type + "; charset=UTF-8");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " gave "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + name + "\" in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
