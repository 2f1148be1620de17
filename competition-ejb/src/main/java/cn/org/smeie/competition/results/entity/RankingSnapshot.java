package cn.org.smeie.competition.results.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ranking of a round as the aggregation computed it (排名快照): immutable, numbered per round, with the
 * checksum of what it was computed from (the submitted scores, the weights, the rule) and what
 * changed against the snapshot before it. A new one is stored only when its inputs changed: the same
 * scores under the same rule give the same snapshot.
 */
@Entity
@Table(name = "ranking_snapshot")
@NamedQuery(name = RankingSnapshot.OF_ROUND, query = "select s from RankingSnapshot s where s.roundId = :round"
        + " order by s.versionNumber desc")
@NamedQuery(name = RankingSnapshot.BEFORE, query = "select s from RankingSnapshot s where s.roundId = :round"
        + " and s.versionNumber < :version order by s.versionNumber desc")
public class RankingSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ROUND = "RankingSnapshot.ofRound";
    public static final String BEFORE = "RankingSnapshot.before";

    @Id
    @SequenceGenerator(name = "ranking_snapshot_seq", sequenceName = "ranking_snapshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ranking_snapshot_seq")
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private OffsetDateTime computedAt;

    @Column(name = "computed_by", nullable = false, updatable = false, length = 100)
    private String computedBy;

    @Column(name = "inputs_checksum", nullable = false, updatable = false, length = 64)
    private String inputsChecksum;

    @Column(name = "rule_text", nullable = false, updatable = false, length = 600)
    private String ruleText;

    @Column(nullable = false, updatable = false)
    private int teams;

    @Column(nullable = false, updatable = false)
    private int sheets;

    @Column(name = "diff_json", updatable = false, length = 100000)
    private String diffJson;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ranking_entry", joinColumns = @JoinColumn(name = "snapshot_id"))
    private List<RankedTeam> entries = new ArrayList<>();

    protected RankingSnapshot() {
    }

    public RankingSnapshot(long roundId, int versionNumber, OffsetDateTime computedAt, String computedBy,
                           String inputsChecksum, String ruleText, int sheets, List<RankedTeam> entries,
                           String diffJson) {
        this.roundId = roundId;
        this.versionNumber = versionNumber;
        this.computedAt = computedAt;
        this.computedBy = computedBy;
        this.inputsChecksum = inputsChecksum;
        this.ruleText = ruleText;
        this.sheets = sheets;
        this.teams = entries.size();
        this.entries.addAll(entries);
        this.diffJson = diffJson;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public OffsetDateTime getComputedAt() {
        return computedAt;
    }

    public String getComputedBy() {
        return computedBy;
    }

    public String getInputsChecksum() {
        return inputsChecksum;
    }

    public String getRuleText() {
        return ruleText;
    }

    public int getTeams() {
        return teams;
    }

    public int getSheets() {
        return sheets;
    }

    public String getDiffJson() {
        return diffJson;
    }

    /** The teams in rank order (unranked teams last). */
    public List<RankedTeam> getEntries() {
        List<RankedTeam> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(RankedTeam::getRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(RankedTeam::getRegistrationId));
        return ordered;
    }
}
