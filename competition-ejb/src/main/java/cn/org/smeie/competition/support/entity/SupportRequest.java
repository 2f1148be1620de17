package cn.org.smeie.competition.support.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What a team asks for: one or more kinds of support and what it needs, in its own words. */
public record SupportRequest(@NotEmpty(message = "{support.kinds.required}") Set<SupportKind> kinds,
                             @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                             @PlainText String description) implements Serializable {

    public SupportRequest {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        description = description == null ? null : description.strip();
    }
}
