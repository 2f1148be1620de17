package cn.org.smeie.competition.support.entity;

import cn.org.smeie.competition.platform.validation.PersonName;
import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** An expert or mentor of the committee's register: who, where, in what, and which kinds of support. */
public record ExpertForm(@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
                         @PersonName String name,
                         @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                         @PlainText String organization,
                         @Size(max = 500, message = "{validation.tooLong}") @PlainText String expertise,
                         @NotEmpty(message = "{support.kinds.required}") Set<SupportKind> kinds,
                         @Size(max = 200, message = "{validation.tooLong}")
                         @Email(message = "{validation.email}") String email,
                         @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.mobile}") String mobile)
        implements Serializable {

    public ExpertForm {
        name = name == null ? null : name.strip();
        organization = organization == null ? null : organization.strip();
        expertise = blankToNull(expertise);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        email = blankToNull(email);
        mobile = blankToNull(mobile);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
