package cn.org.smeie.competition.support.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of support kinds as one column: their names, comma-separated, in the enum's order. */
@Converter
public class SupportKindsConverter implements AttributeConverter<Set<SupportKind>, String> {

    @Override
    public String convertToDatabaseColumn(Set<SupportKind> kinds) {
        return kinds == null ? "" : EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(SupportKind.class) : kinds)
                .stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<SupportKind> convertToEntityAttribute(String column) {
        EnumSet<SupportKind> kinds = EnumSet.noneOf(SupportKind.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(SupportKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }
}
