package cn.org.smeie.competition.search.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The console's one search box: teams (by name or project), people (by name, e-mail or mobile),
 * universities and enterprises of teams, certificates (by serial or holder). A host finds only what
 * belongs to its tracks — the tracks decide in the query, so nothing of another track is read — and
 * the committee everything. At most {@link #LIMIT} of each kind, in a stable order.
 */
@Stateless
@RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
public class Search {

    public static final int LIMIT = 20;
    static final int SHORTEST = 2;
    static final int LONGEST = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    public List<SearchHit> find(String text) {
        String term = text == null ? "" : text.strip();
        if (term.codePointCount(0, term.length()) < SHORTEST || term.length() > LONGEST) {
            throw new InvalidInputException(new Violation("search", "search.length", SHORTEST, LONGEST));
        }
        String like = "%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        Optional<Set<Long>> tracks = scope.visibleTracks();
        if (tracks.isPresent() && tracks.get().isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] r : query("select r.id, r.teamName, r.projectTitle, r.track.code from Registration r"
                + " where (lower(r.teamName) like :q escape '\\' or lower(r.projectTitle) like :q escape '\\')"
                + " %s order by r.teamName, r.id", "r.track.id", like, tracks).getResultList()) {
            hits.add(new SearchHit(SearchHit.Kind.TEAM, (String) r[1], (String) r[2], (String) r[3], (Long) r[0], null));
        }
        for (Object[] m : query("select m.registration.id, m.name, m.registration.teamName, m.registration.track.code"
                + " from Member m where (lower(m.name) like :q escape '\\' or lower(m.email) like :q escape '\\'"
                + " or m.mobile like :q escape '\\') %s order by m.name, m.id", "m.trackId", like, tracks)
                .getResultList()) {
            hits.add(new SearchHit(SearchHit.Kind.PERSON, (String) m[1], (String) m[2], (String) m[3], (Long) m[0],
                    null));
        }
        // one hit per organization and track: the teams it is in are found under "teams" by their name
        Map<String, SearchHit> organizations = new TreeMap<>();
        for (Object[] o : query("select o.name, o.registration.track.code, min(o.registration.id), count(o)"
                + " from TeamOrganization o where lower(o.name) like :q escape '\\' %s"
                + " group by o.name, o.registration.track.code order by o.name, o.registration.track.code",
                "o.registration.track.id", like, tracks).getResultList()) {
            organizations.put(o[0] + "\u0000" + o[1], new SearchHit(SearchHit.Kind.ORGANIZATION, (String) o[0],
                    String.valueOf(o[3]), (String) o[1], (Long) o[2], null));
        }
        hits.addAll(organizations.values());
        List<Object[]> certificates = query("select c.serial, c.holder, c.trackId, c.registrationId from Certificate c"
                + " where (lower(c.serial) like :q escape '\\' or lower(c.holder) like :q escape '\\') %s"
                + " order by c.serial", "c.trackId", like, tracks).getResultList();
        Map<Long, String> codes = trackCodes(certificates.stream().map(c -> (Long) c[2]).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        for (Object[] c : certificates) {
            hits.add(new SearchHit(SearchHit.Kind.CERTIFICATE, (String) c[0], (String) c[1], codes.get((Long) c[2]),
                    (Long) c[3], (String) c[0]));
        }
        return hits;
    }

    /** The query with the caller's tracks as a condition on {@code trackPath} (none for the committee). */
    private TypedQuery<Object[]> query(String jpql, String trackPath, String like, Optional<Set<Long>> tracks) {
        TypedQuery<Object[]> query = em.createQuery(jpql.formatted(
                        tracks.isPresent() ? "and " + trackPath + " in :tracks" : ""), Object[].class)
                .setParameter("q", like)
                .setMaxResults(LIMIT);
        tracks.ifPresent(t -> query.setParameter("tracks", t));
        return query;
    }

    /** The codes of the tracks, in one query (a certificate names its track by id). */
    private Map<Long, String> trackCodes(Set<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t.id, t.code from Track t where t.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(t -> codes.put((Long) t[0], (String) t[1]));
        }
        return codes;
    }
}
