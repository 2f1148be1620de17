package cn.org.smeie.competition.bench;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.boundary.NewAccount;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.control.ImportColumn;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Generates an edition of the competition at national scale through the application's own
 * boundaries, deterministically by seed: the 2023 edition's six tracks get 1,700 × scale teams
 * (imported as the committee imports them, then approved), drawn from about 400 universities and
 * 1,000 enterprises, about six members each; 40 judges a track; a round per track with seven judges
 * a team, assigned automatically; and every sheet submitted with scores made of the team's quality,
 * the judge's leniency and noise, on the round's 0.5 step. Runs in the server (an in-container test).
 */
public final class EditionGenerator {

    private static final Logger LOG = Logger.getLogger(EditionGenerator.class.getName());
    private static final String[] CITIES = {"北京", "上海", "天津", "重庆", "哈尔滨", "长春", "沈阳", "大连", "济南", "青岛",
            "南京", "苏州", "杭州", "宁波", "合肥", "福州", "厦门", "南昌", "郑州", "武汉", "长沙", "广州", "深圳", "珠海",
            "南宁", "海口", "成都", "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐", "石家庄", "太原",
            "呼和浩特", "温州", "无锡"};
    private static final String[] UNIVERSITY_KINDS = {"大学", "理工大学", "科技大学", "工业大学", "师范大学", "交通大学",
            "电子科技大学", "农业大学", "财经大学", "工程学院"};
    private static final String[] BUSINESSES = {"智能制造", "精密仪器", "新材料", "数控", "储能", "芯片", "传感", "机器人",
            "软件", "信息技术", "环保", "生物医药", "新能源", "汽车零部件", "光电", "数据", "通信", "航空", "海洋装备",
            "节能", "检测", "自动化", "云计算", "安全", "物联网"};
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玲建国志红鹏飞宇浩晨阳婷雪琳欣然子轩梓涵一诺喆堃玥昇淼珺婧彧祎翀琨".split("");
    private static final int JUDGES_PER_TRACK = 40;
    private static final int JUDGES_PER_TEAM = 7;
    private static final int TEAMS_PER_FILE = 500;
    private static final String JUDGE_PASSWORD = "bench-Judge-Pass-7";

    /** What was generated. */
    public record Generated(List<Long> rounds, int teams, int members, int judges, int sheets, long millis) {
    }

    private final Random random;
    private final int scale;
    private int person;

    private EditionGenerator(int scale, long seed) {
        this.scale = scale;
        this.random = new Random(seed);
    }

    public static Generated generate(int scale, long seed) {
        return new EditionGenerator(scale, seed).run();
    }

    private Generated run() {
        long start = System.nanoTime();
        Caller.asCommittee();
        long edition = bean(Editions.class).all().stream().filter(e -> e.getOrdinal() == 1).findFirst()
                .orElseThrow().getId();
        List<Track> tracks = bean(TrackCatalog.class).tracksOf(edition).stream()
                .filter(t -> t.getCode().startsWith("SME2023")).toList();
        int teamsPerTrack = 1700 * scale / tracks.size();
        List<Long> rounds = new ArrayList<>();
        int teams = 0;
        int members = 0;
        int judges = 0;
        int sheets = 0;
        for (Track track : tracks) {
            members += importTeams(track, teamsPerTrack);
            teams += approveAll(track);
            List<String> panel = judgesOf(track);
            judges += panel.size();
            Caller.asCommittee();
            Judging judging = bean(Judging.class);
            Round round = judging.createTrackRound(track.getId());
            round = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                    new BigDecimal("0.5"), JUDGES_PER_TEAM, null, null, CriterionForm.notice()));
            judging.assignAutomatically(round.getId());
            round = judging.startScoring(round.getId(), round.getVersion());
            sheets += score(round, panel);
            rounds.add(round.getId());
            LOG.info(() -> "bench data: track " + track.getCode() + " done");
        }
        Caller.asCommittee();
        return new Generated(rounds, teams, members, judges, sheets, (System.nanoTime() - start) / 1_000_000);
    }

    /** Imports the track's teams in files of 500; returns the members. */
    private int importTeams(Track track, int count) {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
        int members = 0;
        for (int from = 0; from < count; from += TEAMS_PER_FILE) {
            StringBuilder csv = new StringBuilder(header).append('\n');
            for (int t = from; t < Math.min(count, from + TEAMS_PER_FILE); t++) {
                members += team(csv, track.getCode(), t);
            }
            Caller.asCommittee();
            bean(RegistrationImport.class).importTeams(track.getId(), track.getCode() + "-" + from + ".csv",
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return members;
    }

    /** One team's rows: 2–4 students (the first presents), 1–2 teachers of its university, an expert of its enterprise. */
    private int team(StringBuilder csv, String track, int t) {
        int university = random.nextInt(400);
        int enterprise = random.nextInt(1000);
        String universityName = CITIES[university % 40] + UNIVERSITY_KINDS[university / 40];
        String enterpriseName = CITIES[enterprise % 40] + BUSINESSES[enterprise / 40] + "科技有限公司";
        String contact = "contact." + track.toLowerCase() + "." + t + "@bench.example.cn";
        String teamName = track + " 第" + (t + 1) + "队";
        List<String[]> people = new ArrayList<>();
        int students = 2 + random.nextInt(3);
        for (int s = 0; s < students; s++) {
            people.add(new String[] {name(), "学生", universityName, "高校", "本科" + (2020 + random.nextInt(4)) + "级",
                    "u" + university + ".edu.cn", s == 0 ? "是" : "否"});
        }
        for (int s = 0, teachers = 1 + random.nextInt(2); s < teachers; s++) {
            people.add(new String[] {name(), "教师", universityName, "高校", "副教授", "u" + university + ".edu.cn", "否"});
        }
        people.add(new String[] {name(), "企业专家", enterpriseName, "企业", "高级工程师", "e" + enterprise + ".com.cn", "否"});
        for (int i = 0; i < people.size(); i++) {
            String[] p = people.get(i);
            int id = ++person;
            csv.append(String.join(",", contact, i == 0 ? "联系人" + t : "", i == 0 ? teamName : "",
                    i == 0 ? "项目" + track + "-" + t : "", i == 0 ? "企业难题：产线数据难以实时分析" : "",
                    i == 0 ? "原型系统与试点应用" : "", p[0], p[1], p[2], p[3], "", p[4], "m" + id + "@" + p[5],
                    String.format("13%09d", id), p[6])).append('\n');
        }
        return people.size();
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
    }

    /** Approves every submitted registration of the track; returns how many it has approved in all. */
    private int approveAll(Track track) {
        Caller.asCommittee();
        Registrations registrations = bean(Registrations.class);
        RegistrationQuery submitted = new RegistrationQuery(RegistrationStatus.SUBMITTED, null, null);
        List<Registration> page;
        while (!(page = registrations.ofTrack(track.getId(), submitted, 0, 500)).isEmpty()) {
            for (Registration r : page) {
                registrations.approve(r.getId(), r.getVersion());
            }
        }
        return (int) registrations.countOfTrack(track.getId(), new RegistrationQuery(RegistrationStatus.APPROVED,
                null, null));
    }

    /** Forty judges of the track, each with a password of their own; their user names. */
    private List<String> judgesOf(Track track) {
        List<String> usernames = new ArrayList<>();
        for (int j = 0; j < JUDGES_PER_TRACK; j++) {
            Caller.asCommittee();
            Accounts accounts = bean(Accounts.class);
            NewAccount created = accounts.create(new AccountDraft("bench-" + track.getCode().toLowerCase() + "-" + j,
                    "评委" + name(), null, Role.JUDGE, Set.of(track.getId()), Set.of()));
            String username = created.account().getUsername();
            Caller.as(username, created.oneTimePassword());
            accounts.changeOwnPassword(created.oneTimePassword(), JUDGE_PASSWORD);
            usernames.add(username);
        }
        return usernames;
    }

    /** Every judge submits every sheet: quality of the team + leniency of the judge + noise, on the 0.5 step. */
    private int score(Round round, List<String> panel) {
        Map<Long, Double> quality = new HashMap<>();
        int sheets = 0;
        Judging judging = bean(Judging.class);
        for (String judge : panel) {
            double leniency = random.nextGaussian() * 3;
            Caller.as(judge, JUDGE_PASSWORD);
            for (ScoreSheet sheet : judging.mySheets(round.getId())) {
                double q = quality.computeIfAbsent(sheet.getRegistration().getId(), id -> 75 + random.nextGaussian() * 8);
                Map<String, BigDecimal> scores = new HashMap<>();
                for (String code : round.criterionCodes()) {
                    double value = Math.max(0, Math.min(100, q + leniency + random.nextGaussian() * 5));
                    scores.put(code, BigDecimal.valueOf(Math.round(value * 2) / 2.0));
                }
                judging.submit(sheet.getId(), sheet.getVersion(), scores, null);
                sheets++;
            }
        }
        return sheets;
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
