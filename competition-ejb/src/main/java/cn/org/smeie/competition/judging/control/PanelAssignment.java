package cn.org.smeie.competition.judging.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Automatic assignment of judges to teams: each team gets {@code k} judges it has no conflict with,
 * every judge about the same number of teams (within one of each other whenever conflicts allow).
 * Teams with the fewest eligible judges are served first; each takes the least loaded eligible
 * judges (ties by id, so the same input always gives the same panels); a repair pass then moves
 * assignments from the most to the least loaded judges where no conflict forbids it. Assignments
 * that exist are kept and count towards loads. Pure.
 */
public final class PanelAssignment {

    private PanelAssignment() {
    }

    /**
     * @param teams     the teams to cover, by id
     * @param judges    the judges of the round, by id
     * @param conflicts for each team, the judges it may not get
     * @param existing  for each team, the judges it has already
     * @param k         judges per team
     * @return the panels (existing judges included) and the teams that stay short of {@code k}
     */
    public static Result assign(List<Long> teams, List<Long> judges, Map<Long, Set<Long>> conflicts,
                                Map<Long, Set<Long>> existing, int k) {
        Map<Long, Integer> load = new TreeMap<>();
        judges.forEach(j -> load.put(j, 0));
        Map<Long, Set<Long>> panels = new LinkedHashMap<>();
        for (Long team : teams) {
            Set<Long> panel = new TreeSet<>(existing.getOrDefault(team, Set.of()));
            panel.retainAll(load.keySet());
            panel.forEach(j -> load.merge(j, 1, Integer::sum));
            panels.put(team, panel);
        }
        Map<Long, Integer> eligible = new HashMap<>();
        for (Long team : teams) {
            Set<Long> forbidden = conflicts.getOrDefault(team, Set.of());
            eligible.put(team, (int) judges.stream().filter(j -> !forbidden.contains(j)).count());
        }
        List<Long> order = new ArrayList<>(teams);
        order.sort(Comparator.<Long>comparingInt(eligible::get).thenComparing(t -> t));
        Map<Long, Set<Long>> added = new HashMap<>();
        for (Long team : order) {
            Set<Long> panel = panels.get(team);
            Set<Long> forbidden = conflicts.getOrDefault(team, Set.of());
            List<Long> candidates = judges.stream().filter(j -> !forbidden.contains(j) && !panel.contains(j))
                    .sorted(Comparator.<Long>comparingInt(load::get).thenComparing(j -> j)).toList();
            for (Long judge : candidates) {
                if (panel.size() >= k) {
                    break;
                }
                panel.add(judge);
                added.computeIfAbsent(team, t -> new TreeSet<>()).add(judge);
                load.merge(judge, 1, Integer::sum);
            }
        }
        repair(panels, added, conflicts, load);
        List<Long> shortOfJudges = teams.stream().filter(t -> panels.get(t).size() < k).toList();
        return new Result(panels, shortOfJudges, load);
    }

    /** Moves newly added assignments from the most to the least loaded judges until loads differ by at most one. */
    private static void repair(Map<Long, Set<Long>> panels, Map<Long, Set<Long>> added,
                               Map<Long, Set<Long>> conflicts, Map<Long, Integer> load) {
        if (load.isEmpty()) {
            return;
        }
        for (int round = 0; round < 10_000; round++) {
            Long most = load.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            Long least = load.entrySet().stream().min(Map.Entry.<Long, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            if (load.get(most) - load.get(least) <= 1) {
                return;
            }
            Long movable = added.entrySet().stream()
                    .filter(e -> e.getValue().contains(most) && !panels.get(e.getKey()).contains(least)
                            && !conflicts.getOrDefault(e.getKey(), Set.of()).contains(least))
                    .map(Map.Entry::getKey).min(Comparator.naturalOrder()).orElse(null);
            if (movable == null) {
                return; // conflicts forbid every move: the report shows the spread
            }
            panels.get(movable).remove(most);
            panels.get(movable).add(least);
            added.get(movable).remove(most);
            added.get(movable).add(least);
            load.merge(most, -1, Integer::sum);
            load.merge(least, 1, Integer::sum);
        }
    }

    /** Panels by team, the teams short of judges, and each judge's load. */
    public record Result(Map<Long, Set<Long>> panels, List<Long> shortOfJudges, Map<Long, Integer> loads) {

        public int minLoad() {
            return loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }

        public int maxLoad() {
            return loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }
}
