package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.TeamOrganization;
import cn.org.smeie.competition.results.entity.Award;
import cn.org.smeie.competition.results.entity.RankedTeam;
import cn.org.smeie.competition.results.entity.RankingRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lines of a ranking as people read them: each team with its track, name, project,
 * universities and enterprises, and its prize — the teams read a thousand at a time with their
 * organizations, never one query per line. For the console and the reports.
 */
@Stateless
public class RankingRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Aggregation aggregation;

    public List<RankingRow> rows(Round round, List<RankedTeam> entries) {
        Map<Long, Award> prizes = aggregation.awardsOf(round.getId()).stream()
                .collect(Collectors.toMap(a -> a.getRegistration().getId(), Function.identity()));
        Map<Long, Registration> teams = new HashMap<>();
        List<Long> ids = entries.stream().map(RankedTeam::getRegistrationId).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            em.createQuery("select r from Registration r join fetch r.track where r.id in :ids", Registration.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .setHint("eclipselink.batch", "r.organizations").setHint("eclipselink.batch.type", "IN")
                    .getResultList().forEach(r -> teams.put(r.getId(), r));
        }
        List<RankingRow> rows = new ArrayList<>();
        for (RankedTeam e : entries) {
            Registration team = teams.get(e.getRegistrationId());
            Award award = prizes.get(e.getRegistrationId());
            rows.add(new RankingRow(e.getRank(), e.getRegistrationId(), team.getTrack().getCode(), team.getTeamName(),
                    team.getProjectTitle(), names(team, OrganizationKind.UNIVERSITY),
                    names(team, OrganizationKind.ENTERPRISE), e.getScore(), e.getUntrimmedMean(), e.getJudges(),
                    e.getTieBreakValues(), e.isTied(), award == null ? null : award.getPrize(),
                    award == null ? null : award.getPrizeMoney()));
        }
        return rows;
    }

    private static String names(Registration team, OrganizationKind kind) {
        return team.getOrganizations().stream().filter(o -> o.getKind() == kind).map(TeamOrganization::getName)
                .collect(Collectors.joining("、"));
    }
}
