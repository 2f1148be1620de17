package cn.org.smeie.competition.results.entity;

import cn.org.smeie.competition.platform.error.Messages;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a round turns judges' totals into a ranking, as the committee sets it: the team's score is the
 * trimmed mean of its judges' totals (by panel size: one highest and one lowest dropped with five or
 * six judges, two and two with seven or more, none with fewer) or their plain mean; optionally each
 * judge's totals are first normalized (z-scores rescaled to the round's mean and spread), for track
 * rounds whose judges see different subsets of teams; equal scores are ordered by a chain of
 * tie-breaks — the untrimmed mean, then the mean of a criterion, … — and teams still equal after it
 * share their rank and are flagged for the committee.
 */
public record RankingRule(Method method, boolean normalized, List<TieBreak> tieBreaks) implements Serializable {

    /** Trimmed mean by panel size, or the plain mean of all totals. */
    public enum Method {
        TRIMMED,
        MEAN
    }

    /** One link of the tie-break chain: the untrimmed mean, or the mean score of one criterion. */
    public record TieBreak(String name) implements Serializable {

        public static final TieBreak UNTRIMMED_MEAN = new TieBreak("UNTRIMMED_MEAN");
        private static final String CRITERION = "CRITERION:";

        public TieBreak {
            Objects.requireNonNull(name);
            if (!name.equals("UNTRIMMED_MEAN") && !(name.startsWith(CRITERION) && name.length() > CRITERION.length())) {
                throw new IllegalArgumentException("no such tie-break: " + name);
            }
        }

        public static TieBreak criterion(String code) {
            return new TieBreak(CRITERION + code);
        }

        /** The criterion whose mean breaks the tie, or null for the untrimmed mean. */
        public String criterion() {
            return name.startsWith(CRITERION) ? name.substring(CRITERION.length()) : null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public RankingRule {
        Objects.requireNonNull(method);
        tieBreaks = List.copyOf(tieBreaks);
    }

    /** The notice's default: trimmed mean, no normalization, then untrimmed mean, transferability, importance. */
    public static RankingRule defaults() {
        return new RankingRule(Method.TRIMMED, false, List.of(TieBreak.UNTRIMMED_MEAN,
                TieBreak.criterion("TRANSFERABILITY"), TieBreak.criterion("IMPORTANCE")));
    }

    /** The tie-break chain as stored: names separated by commas. */
    public String chain() {
        return tieBreaks.stream().map(TieBreak::name).collect(Collectors.joining(","));
    }

    public static List<TieBreak> chainOf(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).map(TieBreak::new).toList();
    }

    /** The rule in words a snapshot keeps: {@code TRIMMED;normalized=false;ties=UNTRIMMED_MEAN,...}. */
    public String describe() {
        return method + ";normalized=" + normalized + ";ties=" + chain();
    }

    /** The rule a snapshot kept ({@link #describe()}); empty for a text that is not one. */
    public static Optional<RankingRule> parse(String described) {
        if (described == null) {
            return Optional.empty();
        }
        String[] parts = described.split(";", -1);
        if (parts.length != 3 || !parts[1].startsWith("normalized=") || !parts[2].startsWith("ties=")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RankingRule(Method.valueOf(parts[0]),
                    Boolean.parseBoolean(parts[1].substring("normalized=".length())),
                    chainOf(parts[2].substring("ties=".length()))));
        } catch (IllegalArgumentException notARule) {
            return Optional.empty();
        }
    }

    /**
     * The tie-break values a ranking kept for a team ({@code UNTRIMMED_MEAN=86.80,CRITERION:X=85.0}) as a person
     * reads them, in {@code locale}: "未去分平均分 86.80、X平均分 85.0"; empty for none.
     */
    public static String valuesInWords(String kept, Locale locale, Map<String, String> criterionNames) {
        if (kept == null || kept.isBlank()) {
            return "";
        }
        List<String> values = Arrays.stream(kept.split(",")).map(pair -> {
            int equals = pair.indexOf('=');
            TieBreak tieBreak = new TieBreak(pair.substring(0, equals));
            String value = pair.substring(equals + 1);
            return nameOf(tieBreak, locale, criterionNames) + " " + (value.isEmpty() ? "—" : value);
        }).toList();
        return String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", values);
    }

    private static String nameOf(TieBreak tieBreak, Locale locale, Map<String, String> criterionNames) {
        return tieBreak.criterion() == null ? Messages.format(locale, "rule.tie.UNTRIMMED_MEAN")
                : Messages.format(locale, "rule.tie.criterion", criterionNames.getOrDefault(tieBreak.criterion(),
                        tieBreak.criterion()));
    }

    /**
     * The rule as a person reads it, in {@code locale}; a criterion named by {@code criterionNames} (its code when
     * it has no name there).
     */
    public String inWords(Locale locale, Map<String, String> criterionNames) {
        boolean chinese = "zh".equals(locale.getLanguage());
        List<String> ties = tieBreaks.stream().map(t -> nameOf(t, locale, criterionNames)).toList();
        String chain = ties.isEmpty() ? Messages.format(locale, "rule.ties.none")
                : Messages.format(locale, "rule.ties", String.join(chinese ? "、" : ", then ", ties));
        return String.join(chinese ? "；" : "; ", Messages.format(locale, "rule.method." + method),
                Messages.format(locale, "rule.normalized." + normalized), chain);
    }
}
