package cn.org.smeie.competition.it;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.boundary.EditionAdmin;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.edition.entity.EditionForm;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data for what follows the finals (in the server): an edition of its own (so the 2023 finals of
 * the other tests stay open), a track with three approved teams, each with its own signed-up contact;
 * the first two in the edition's finals, scored and confirmed: the first team a first prize, the second
 * a second prize; the third team approved but never a finalist. Leaves the committee signed in.
 */
public final class AfterFinals {

    /**
     * The edition, its track and its teams; {@code contacts} are the teams' contacts, in the same order;
     * {@code judge} the finals' judge (password {@link Caller#CHOSEN_PASSWORD}).
     */
    public record Fixture(long editionId, Track track, List<Registration> teams, List<String> contacts,
                          long finalRoundId, String judge) {

        public Registration firstPrize() {
            return teams.get(0);
        }

        public Registration secondPrize() {
            return teams.get(1);
        }

        public Registration noPrize() {
            return teams.get(2);
        }
    }

    private AfterFinals() {
    }

    /** A new edition whose registration closes in 60 days, with an open track of its own. */
    public static Fixture openEdition() {
        Caller.asCommittee();
        Editions editions = bean(Editions.class);
        int next = editions.all().stream().mapToInt(Edition::getOrdinal).max().orElseThrow() + 1;
        LocalDateTime closes = LocalDateTime.now(Teams.BEIJING).plusDays(60).withNano(0);
        Edition edition = bean(EditionAdmin.class).create(new EditionForm(next, closes.getYear(), "赛后测试届 " + next,
                "After-finals test edition " + next, closes, closes.toLocalDate().plusDays(30),
                YearMonth.from(closes.plusMonths(2)), 3, 10));
        Track track = bean(TrackCatalog.class).create(edition.getId(), new TrackDetails(Deployments.uniqueCode("AF"),
                "赛后测试", "After the finals", "场景", "能力", "目标", "赛后测试承办单位", "赵老师", "13800138000", null));
        return new Fixture(edition.getId(), track, List.of(), List.of(), 0, null);
    }

    /** {@link #openEdition()} with three approved teams, two of them with confirmed finals prizes. */
    public static Fixture withConfirmedFinals() {
        return withConfirmedFinals(Teams.validTeam(), null);
    }

    /** The same, the first team (the first prize) registered as {@code firstTeam}, its judge commenting {@code comment}. */
    public static Fixture withConfirmedFinals(RegistrationForm firstTeam, String comment) {
        Fixture open = openEdition();
        Registrations registrations = bean(Registrations.class);
        List<Registration> teams = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            contacts.add(Teams.signedUpContact());
            Registration draft = registrations.create(open.track().getId(), t == 0 ? firstTeam : Teams.validTeam());
            Registration submitted = registrations.submit(draft.getId(), draft.getVersion());
            Caller.asCommittee();
            teams.add(registrations.approve(submitted.getId(), submitted.getVersion()));
        }
        Account judge = Caller.newAccount("afj", Role.JUDGE, Set.of(), Set.of(open.editionId())).account();
        Caller.asCommittee();
        Judging judging = bean(Judging.class);
        Results results = bean(Results.class);
        Round round = judging.createFinalRound(open.editionId());
        round = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                new BigDecimal("0.5"), 1, null, null, CriterionForm.notice()));
        round = judging.startScoring(round.getId(), round.getVersion());
        for (Registration team : teams.subList(0, 2)) {
            bean(LiveFinals.class).nominate(round.getId(), team.getId());
            judging.assign(round.getId(), team.getId(), judge.getId());
        }
        Caller.as(judge.getUsername(), Caller.CHOSEN_PASSWORD);
        for (ScoreSheet sheet : judging.mySheets(round.getId())) {
            boolean first = sheet.getRegistration().getId().equals(teams.get(0).getId());
            String each = first ? "92" : "81";
            Map<String, BigDecimal> scores = new HashMap<>();
            round.criterionCodes().forEach(code -> scores.put(code, new BigDecimal(each)));
            judging.submit(sheet.getId(), sheet.getVersion(), scores, first ? comment : null);
        }
        Caller.asCommittee();
        judging.closeScoring(round.getId(), judging.round(round.getId()).getVersion());
        results.setQuotas(round.getId(), results.plan(round.getId()).getVersion(),
                new Quotas(Quotas.Kind.COUNT, 1, 1, 0, null, null, null));
        results.aggregateNow(round.getId());
        results.confirm(round.getId(), results.plan(round.getId()).getVersion());
        return new Fixture(open.editionId(), open.track(), teams, contacts, round.getId(), judge.getUsername());
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
