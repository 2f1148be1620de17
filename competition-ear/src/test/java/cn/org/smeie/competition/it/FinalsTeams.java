package cn.org.smeie.competition.it;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.control.ImportColumn;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test data for the national finals (in the server): the 2023 edition's FINAL round, scoring; approved
 * teams of a new track nominated into it; finals judges of their own, assigned by hand (other tests'
 * judges of the same finals stay off these teams). Leaves the committee signed in.
 */
public final class FinalsTeams {

    private FinalsTeams() {
    }

    /** A team in the finals and the judges of its panel (signed up with {@link Caller#CHOSEN_PASSWORD}). */
    public record FinalsTeam(long roundId, Registration team, List<Account> judges) {
    }

    /** The 2023 edition's FINAL round, made if missing and brought to SCORING. */
    public static Round scoringFinalRound() {
        Caller.asCommittee();
        Judging judging = bean(Judging.class);
        LiveFinals finals = bean(LiveFinals.class);
        long edition = firstEdition();
        Round round = finals.finalRoundOf(edition).map(judging::round)
                .orElseGet(() -> judging.createFinalRound(edition));
        if (round.getStatus() == RoundStatus.OPEN) {
            round = judging.startScoring(round.getId(), round.getVersion());
        } else if (round.getStatus() == RoundStatus.CLOSED) {
            round = judging.reopenScoring(round.getId(), round.getVersion());
        }
        return round;
    }

    /** {@code teams} approved teams of a new track, nominated into the finals, each with its own {@code judges} judges. */
    public static List<FinalsTeam> inFinals(int teams, int judges) {
        Round round = scoringFinalRound();
        List<Registration> approved = approvedTeams(teams);
        List<FinalsTeam> result = new ArrayList<>();
        for (Registration team : approved) {
            List<Account> panel = new ArrayList<>();
            for (int j = 0; j < judges; j++) {
                panel.add(Caller.newAccount("fj", Role.JUDGE, Set.of(), Set.of(firstEdition())).account());
            }
            Caller.asCommittee();
            bean(LiveFinals.class).nominate(round.getId(), team.getId());
            for (Account judge : panel) {
                bean(Judging.class).assign(round.getId(), team.getId(), judge.getId());
            }
            result.add(new FinalsTeam(round.getId(), team, panel));
        }
        return result;
    }

    /** Approved teams of a new track of the 2023 edition (imported, then approved by the committee). */
    public static List<Registration> approvedTeams(int teams) {
        return approvedTeams(Teams.openTrack(firstEdition()), teams);
    }

    /** {@code teams} approved teams of {@code track}, which takes registrations (imported, then approved), in order. */
    public static List<Registration> approvedTeams(Track track, int teams) {
        Mailbox.start();
        String tag = Deployments.uniqueCode("").toLowerCase();
        StringBuilder csv = new StringBuilder(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(Collectors.joining(","))).append('\n');
        for (int t = 0; t < teams; t++) {
            String contact = "f" + t + "." + tag + "@team.example.cn";
            String university = "决赛大学" + t + tag;
            String enterprise = "决赛企业" + t + tag;
            csv.append(String.join(",", contact, "联系人", "决赛队" + t + tag, "决赛项目" + t, "难题", "成果", "学生甲", "学生",
                    university, "高校", "", "", "s" + t + "@" + tag + ".edu.cn", Teams.mobile(), "是")).append('\n');
            csv.append(String.join(",", contact, "", "", "", "", "", "教师乙", "教师", university, "高校", "", "",
                    "t" + t + "@" + tag + ".edu.cn", Teams.mobile(), "否")).append('\n');
            csv.append(String.join(",", contact, "", "", "", "", "", "专家丙", "企业专家", enterprise, "企业", "", "",
                    "e" + t + "@" + tag + ".example.com", Teams.mobile(), "否")).append('\n');
        }
        bean(RegistrationImport.class).importTeams(track.getId(), "finalists.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        Registrations registrations = bean(Registrations.class);
        List<Registration> approved = new ArrayList<>();
        for (Registration r : registrations.ofTrack(track.getId(), RegistrationQuery.all(), 0, teams)) {
            approved.add(registrations.approve(r.getId(), r.getVersion()));
        }
        return approved;
    }

    public static long firstEdition() {
        return bean(Editions.class).all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
