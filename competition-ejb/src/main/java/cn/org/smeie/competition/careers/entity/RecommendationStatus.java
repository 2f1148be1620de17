package cn.org.smeie.competition.careers.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recommendation stands: RECOMMENDED → INTERVIEWED → OFFERED → ACCEPTED, or DECLINED (by the
 * student or the enterprise) at any step before the end.
 */
public enum RecommendationStatus {
    RECOMMENDED,
    INTERVIEWED,
    OFFERED,
    ACCEPTED,
    DECLINED;

    /** The states that may follow this one. */
    public Set<RecommendationStatus> next() {
        return switch (this) {
            case RECOMMENDED -> EnumSet.of(INTERVIEWED, DECLINED);
            case INTERVIEWED -> EnumSet.of(OFFERED, DECLINED);
            case OFFERED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
