package cn.org.smeie.competition.judging.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** A score sheet as the audit trail keeps it: old and new scores of every change side by side. */
public record SheetSnapshot(long registration, String judge, SheetStatus status, Map<String, BigDecimal> scores,
                            String comment) implements Serializable {
}
