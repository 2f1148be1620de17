package cn.org.smeie.competition.publicity.boundary;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.publicity.entity.EditionResults;
import cn.org.smeie.competition.publicity.entity.Exhibition;
import cn.org.smeie.competition.publicity.entity.PublicityRecord;
import cn.org.smeie.competition.results.control.RankingRows;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import cn.org.smeie.competition.results.entity.ResultPlan;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results of an edition for everyone (宣传展示): what the committee has made public, nothing more.
 * A round appears once the committee has published it and its awards are confirmed; the honours once
 * the committee has made them public ({@code EditionAdmin.publishHonours}); the media's reports on the
 * finals' first prizes and their exhibitions once the committee shows them ({@link Publicity}).
 */
@Stateless
@PermitAll
public class PublicResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    Editions editions;

    @Inject
    RankingRows rankingRows;

    public EditionResults ofEdition(long editionId) {
        Edition edition = editions.edition(editionId);
        List<EditionResults.RoundResult> rounds = new ArrayList<>();
        for (Round round : em.createNamedQuery(Round.OF_EDITION, Round.class).setParameter("edition", editionId)
                .getResultList()) {
            ResultPlan plan = em.find(ResultPlan.class, round.getId());
            if (round.getStatus() != RoundStatus.PUBLISHED || plan == null || !plan.isConfirmed()
                    || plan.getSnapshotId() == null) {
                continue;
            }
            RankingSnapshot snapshot = em.find(RankingSnapshot.class, plan.getSnapshotId());
            List<EditionResults.Winner> winners = rankingRows.rows(round, snapshot.getEntries()).stream()
                    .filter(row -> row.prize() != null)
                    .sorted(Comparator.comparing(RankingRow::prize).thenComparing(RankingRow::rank,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(row -> new EditionResults.Winner(row.prize(), row.rank() == null ? 0 : row.rank(),
                            row.teamName(), row.projectTitle(), row.universities(), row.enterprises()))
                    .toList();
            rounds.add(round.getTrack() == null
                    ? new EditionResults.RoundResult(null, null, null, winners)
                    : new EditionResults.RoundResult(round.getTrack().getCode(), round.getTrack().getFieldZh(),
                    round.getTrack().getFieldEn(), winners));
        }
        // the tracks by code, the finals last
        rounds.sort(Comparator.comparing(EditionResults.RoundResult::finals)
                .thenComparing(r -> r.trackCode() == null ? "" : r.trackCode()));
        List<EditionResults.HonourLine> honours = edition.getHonoursPublishedAt() == null ? null
                : em.createNamedQuery(Honor.OF_EDITION, Honor.class).setParameter("edition", editionId)
                .getResultStream().filter(h -> h.getStatus() == Honor.Status.APPROVED)
                .map(h -> new EditionResults.HonourLine(h.getKind(), h.getName(), h.getOrganization(),
                        h.getTrack() == null ? null : h.getTrack().getCode()))
                .toList();
        List<EditionResults.PressLine> press = em.createNamedQuery(PublicityRecord.OF_EDITION, PublicityRecord.class)
                .setParameter("edition", editionId).getResultStream().filter(PublicityRecord::isShown)
                .map(p -> new EditionResults.PressLine(p.getRegistration().getTeamName(),
                        p.getRegistration().getProjectTitle(), p.getOutlet(), p.getTitle(), p.getPublishedOn(),
                        p.getLink())).toList();
        List<EditionResults.ExhibitionLine> exhibitions = em.createNamedQuery(Exhibition.OF_EDITION, Exhibition.class)
                .setParameter("edition", editionId).getResultStream().filter(Exhibition::isShown)
                .map(e -> new EditionResults.ExhibitionLine(e.getEvent(), e.getHeldOn(), e.getPlace(),
                        e.getProjects().stream().map(r -> r.getTeamName() + " · " + r.getProjectTitle()).toList()))
                .toList();
        return new EditionResults(edition.getId(), edition.getNameZh(), edition.getNameEn(), rounds, honours, press,
                exhibitions);
    }
}
