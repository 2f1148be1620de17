package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.judging.entity.ConflictRecord;
import cn.org.smeie.competition.judging.entity.JudgeOrganization;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.registration.entity.TeamOrganization;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who judges whom in a round: the round's judges (accounts bound to its track, or to its edition's
 * finals), its teams (the approved registrations of the track), and the conflicts between them —
 * detected from organizations and e-mail domains, plus those declared, less those the committee
 * allowed. Read in a few queries for the whole round, never one per pair.
 */
@Stateless
public class JudgingRoster {

    @PersistenceContext
    EntityManager em;

    /** The active judges of the round, by id. */
    public List<Account> judges(Round round) {
        String query = round.getKind() == RoundKind.TRACK
                ? "select a from Account a join a.tracks t where t.id = :scope"
                : "select a from Account a join a.finals e where e.id = :scope";
        return em.createQuery(query + " and a.role = cn.org.smeie.competition.account.entity.Role.JUDGE"
                        + " and a.status = cn.org.smeie.competition.account.entity.AccountStatus.ACTIVE order by a.id",
                        Account.class)
                .setParameter("scope", round.getKind() == RoundKind.TRACK ? round.getTrack().getId()
                        : round.getEdition().getId())
                .getResultList();
    }

    /**
     * The teams of a round, with their members and organizations: the approved teams of the track of
     * a TRACK round, the finalists of the FINAL round in their order of appearance.
     */
    public List<Registration> teams(Round round) {
        TypedQuery<Registration> query = round.getKind() == RoundKind.TRACK
                ? em.createQuery("select r from Registration r where r.track.id = :scope and r.status = :approved"
                        + " order by r.id", Registration.class).setParameter("scope", round.getTrack().getId())
                : em.createQuery("select r from Registration r, Finalist f where f.registration = r"
                        + " and f.round.id = :scope and r.status = :approved order by f.position", Registration.class)
                        .setParameter("scope", round.getId());
        return query.setParameter("approved", RegistrationStatus.APPROVED)
                .setHint("eclipselink.batch", "r.members")
                .setHint("eclipselink.batch", "r.organizations")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The ids of the round's teams (as {@link #teams}, without loading them). */
    public List<Long> teamIds(Round round) {
        TypedQuery<Long> query = round.getKind() == RoundKind.TRACK
                ? em.createQuery("select r.id from Registration r where r.track.id = :scope and r.status = :approved"
                        + " order by r.id", Long.class).setParameter("scope", round.getTrack().getId())
                : em.createQuery("select r.id from Registration r, Finalist f where f.registration = r"
                        + " and f.round.id = :scope and r.status = :approved order by f.position", Long.class)
                        .setParameter("scope", round.getId());
        return query.setParameter("approved", RegistrationStatus.APPROVED).getResultList();
    }

    /** Whether the team is in the finals of the FINAL round. */
    public boolean isFinalist(Round round, Registration team) {
        return !em.createQuery("select f.id from Finalist f where f.round.id = :round and f.registration.id = :team",
                Long.class).setParameter("round", round.getId()).setParameter("team", team.getId())
                .getResultList().isEmpty();
    }

    /** The organizations of each judge, by judge id. */
    public Map<Long, List<String>> organizations(List<Long> judgeIds) {
        Map<Long, List<String>> organizations = new TreeMap<>();
        judgeIds.forEach(id -> organizations.put(id, new ArrayList<>()));
        if (!judgeIds.isEmpty()) {
            em.createNamedQuery(JudgeOrganization.OF_JUDGES, JudgeOrganization.class).setParameter("judges", judgeIds)
                    .getResultList().forEach(o -> organizations.get(o.getJudgeAccountId()).add(o.getName()));
        }
        return organizations;
    }

    /** For each team, the judges it may not get, and why. */
    public Map<Long, Map<Long, String>> conflicts(List<Account> judges, List<Registration> teams) {
        Map<Long, Map<Long, String>> conflicts = new HashMap<>();
        if (judges.isEmpty() || teams.isEmpty()) {
            return conflicts;
        }
        Map<Long, List<String>> organizations = organizations(judges.stream().map(Account::getId).toList());
        Set<String> allowed = new HashSet<>();
        Map<String, String> declared = new HashMap<>();
        for (List<Long> chunk : chunks(teams.stream().map(Registration::getId).toList())) {
            em.createNamedQuery(ConflictRecord.OF_REGISTRATIONS, ConflictRecord.class)
                    .setParameter("registrations", chunk).getResultList().forEach(c -> {
                        String pair = c.getJudgeAccountId() + "/" + c.getRegistrationId();
                        if (c.getKind() == ConflictRecord.Kind.ALLOWED) {
                            allowed.add(pair);
                        } else {
                            declared.put(pair, c.getReason());
                        }
                    });
        }
        for (Registration team : teams) {
            List<String> teamOrganizations = team.getOrganizations().stream().map(TeamOrganization::getName).toList();
            List<String> emails = team.getMembers().stream().map(Member::getEmail).toList();
            for (Account judge : judges) {
                String pair = judge.getId() + "/" + team.getId();
                Optional<String> reason = Optional.ofNullable(declared.get(pair)).map(r -> "DECLARED " + r)
                        .or(() -> Conflicts.detect(organizations.get(judge.getId()), judge.getEmail(),
                                teamOrganizations, emails).filter(t -> !allowed.contains(pair))
                                .map(t -> t.kind() + " " + t.detail()));
                reason.ifPresent(r -> conflicts.computeIfAbsent(team.getId(), t -> new HashMap<>()).put(judge.getId(), r));
            }
        }
        return conflicts;
    }

    /** Why the judge may not score the team, if they may not. */
    public Optional<String> conflict(Account judge, Registration team) {
        return Optional.ofNullable(conflicts(List.of(judge), List.of(team)).getOrDefault(team.getId(), Map.of())
                .get(judge.getId()));
    }

    /** Lists cut to sizes every database takes in an IN clause. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }
}
