package cn.org.smeie.competition.support.boundary;

import cn.org.smeie.competition.support.entity.CaseStatus;
import cn.org.smeie.competition.support.entity.SupportKind;
import java.io.Serializable;
import java.util.List;

/**
 * The edition's support in figures (成果转化支持情况): per kind, how many cases asked for it and where
 * they stand; per expert, the cases assigned and closed.
 */
public record SupportReport(long editionId, int cases, List<KindLine> kinds, List<ExpertLine> experts)
        implements Serializable {

    public SupportReport {
        kinds = List.copyOf(kinds);
        experts = List.copyOf(experts);
    }

    /** Cases that asked for one kind of support, by status. */
    public record KindLine(SupportKind kind, int requested, int assigned, int closed) implements Serializable {

        public int total() {
            return requested + assigned + closed;
        }

        public int count(CaseStatus status) {
            return switch (status) {
                case REQUESTED -> requested;
                case ASSIGNED -> assigned;
                case CLOSED -> closed;
            };
        }
    }

    /** An expert's cases in the edition. */
    public record ExpertLine(long expertId, String name, String organization, int assigned, int closed)
            implements Serializable {
    }
}
