package cn.org.smeie.competition.reliability;

import cn.org.smeie.competition.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Judges scoring through the API at once, each on their own sheets, keeping what the server acknowledged of
 * every sheet, and what was sent but never answered (the server died under it). Runs in the tests' JVM.
 */
final class JudgesStorm {

    /** A sheet as the server showed it: its version, state and scores. */
    record Sheet(long id, int version, String status, Map<String, BigDecimal> scores) {

        static Sheet of(JsonObject json) {
            Map<String, BigDecimal> scores = new TreeMap<>();
            json.getJsonObject("scores").forEach((code, value) -> scores.put(code,
                    new BigDecimal(value.toString()).stripTrailingZeros()));
            return new Sheet(json.getJsonNumber("id").longValue(), json.getInt("version"), json.getString("status"),
                    scores);
        }
    }

    private final Api api;
    private final long round;
    private final List<String> codes;
    private final String password;
    /** The last state of each sheet the server acknowledged. */
    final Map<Long, Sheet> acknowledged = new ConcurrentHashMap<>();
    /** Scores sent for a sheet whose answer never came: the server may or may not have kept them. */
    final Map<Long, List<Map<String, BigDecimal>>> unanswered = new ConcurrentHashMap<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger answers = new AtomicInteger();
    final AtomicInteger cutOff = new AtomicInteger();
    /** Two devices of one judge saving one sheet at once: how many won, how many were told of the other. */
    final AtomicInteger twinWins = new AtomicInteger();
    final AtomicInteger twinConflicts = new AtomicInteger();
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    JudgesStorm(String base, long round, List<String> codes, String password) {
        this.api = new Api(base);
        this.round = round;
        this.codes = codes;
        this.password = password;
    }

    /** The judge's sheets as the server has them now. */
    List<Sheet> sheets(String judge) throws IOException, InterruptedException {
        HttpResponse<String> answer = api.send("GET", "api/judging/rounds/" + round + "/sheets",
                Api.basic(judge, password), null, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(judge + ": " + answer.statusCode() + " " + answer.body());
        }
        List<Sheet> sheets = new ArrayList<>();
        for (JsonValue value : Json.createReader(new StringReader(answer.body())).readArray()) {
            sheets.add(Sheet.of(value.asJsonObject()));
        }
        return sheets;
    }

    /** Takes the judges' sheets as the server has them now as acknowledged; returns how many. */
    int seed(List<String> judges) throws IOException, InterruptedException {
        int sheets = 0;
        for (String judge : judges) {
            for (Sheet s : sheets(judge)) {
                acknowledged.put(s.id(), s);
                sheets++;
            }
        }
        return sheets;
    }

    /** A request of {@code judge} about a sheet that may be someone else's: the answer as it came. */
    HttpResponse<String> as(String judge, String method, long sheetId, Sheet from)
            throws IOException, InterruptedException {
        return send(method, "api/judging/sheets/" + sheetId, judge, from, "PUT".equals(method)
                ? body(scores(1, 2)) : null);
    }

    /**
     * Two devices of the judge save the judge's first sheet at the same instant, from the same version; exactly
     * one may win, the other must be told (409). The winner's state is acknowledged.
     */
    void twinSave(String judge, int salt) throws Exception {
        Sheet sheet = sheets(judge).get(0);
        CyclicBarrier together = new CyclicBarrier(2);
        List<HttpResponse<String>> outcomes = new ArrayList<>();
        List<Thread> devices = new ArrayList<>();
        List<Map<String, BigDecimal>> sentScores = List.of(scores(salt, 2), scores(salt + 7, 2));
        Object lock = new Object();
        for (Map<String, BigDecimal> scores : sentScores) {
            Thread device = new Thread(() -> {
                try {
                    together.await();
                    HttpResponse<String> answer = send("PUT", "api/judging/sheets/" + sheet.id(), judge, sheet,
                            body(scores));
                    synchronized (lock) {
                        outcomes.add(answer);
                    }
                } catch (Exception e) {
                    unexpected.add(judge + " twin device: " + e);
                }
            });
            device.start();
            devices.add(device);
        }
        for (Thread device : devices) {
            device.join();
        }
        int wins = 0;
        for (HttpResponse<String> answer : outcomes) {
            if (answer.statusCode() == 200) {
                wins++;
                acknowledge(answer);
            } else if (answer.statusCode() == 409 && answer.body().contains("error.staleVersion")) {
                twinConflicts.incrementAndGet();
            } else {
                unexpected.add(judge + " twin device: " + answer.statusCode() + " " + answer.body());
            }
        }
        if (wins != 1) {
            unexpected.add(judge + " twin devices: " + wins + " won");
        }
        twinWins.addAndGet(wins);
    }

    /**
     * The judge scores the sheets not yet submitted whose position is {@code (index % every == which)}: a draft of
     * two criteria, then the submission with all of them. Stops when the server is gone (an answer never came).
     */
    void score(String judge, int salt, int every, int which) throws InterruptedException {
        try {
            List<Sheet> sheets = sheets(judge);
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                if (i % every != which || "SUBMITTED".equals(sheet.status())) {
                    continue;
                }
                Sheet saved = step("PUT", "api/judging/sheets/" + sheet.id(), judge, sheet, scores(salt + i, 2));
                if (saved != null) {
                    step("POST", "api/judging/sheets/" + sheet.id() + "/submission", judge, saved,
                            scores(salt + i, codes.size()));
                }
            }
        } catch (IOException serverGone) {
            cutOff.incrementAndGet();
        }
    }

    /** One save or submission; the new state when acknowledged, null when refused. */
    private Sheet step(String method, String path, String judge, Sheet from, Map<String, BigDecimal> scores)
            throws IOException, InterruptedException {
        sent.incrementAndGet();
        unanswered.computeIfAbsent(from.id(), id -> new ArrayList<>()).add(scores);
        HttpResponse<String> answer = send(method, path, judge, from, body(scores));
        unanswered.get(from.id()).remove(scores);
        answers.incrementAndGet();
        if (answer.statusCode() != 200) {
            unexpected.add(judge + " " + method + " " + path + ": " + answer.statusCode() + " " + answer.body());
            return null;
        }
        return acknowledge(answer);
    }

    private Sheet acknowledge(HttpResponse<String> answer) {
        Sheet now = Sheet.of(Json.createReader(new StringReader(answer.body())).readObject());
        acknowledged.merge(now.id(), now, (a, b) -> a.version() >= b.version() ? a : b);
        return now;
    }

    private HttpResponse<String> send(String method, String path, String judge, Sheet from, String json)
            throws IOException, InterruptedException {
        return api.send(method, path, Api.basic(judge, password), "\"" + from.version() + "\"", json);
    }

    /** Scores for the first {@code count} criteria, on the round's scale of 100 in steps of 0.5. */
    Map<String, BigDecimal> scores(int salt, int count) {
        Map<String, BigDecimal> scores = new TreeMap<>();
        for (int c = 0; c < count; c++) {
            scores.put(codes.get(c), new BigDecimal(50 + Math.floorMod(salt * 7 + c * 13, 50) + ".5")
                    .stripTrailingZeros());
        }
        return scores;
    }

    private static String body(Map<String, BigDecimal> scores) {
        JsonObjectBuilder map = Json.createObjectBuilder();
        scores.forEach(map::add);
        return Json.createObjectBuilder().add("scores", map).add("comment", "评委意见").build().toString();
    }
}
