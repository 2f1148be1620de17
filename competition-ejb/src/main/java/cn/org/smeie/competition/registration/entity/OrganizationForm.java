package cn.org.smeie.competition.registration.entity;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/**
 * A university or enterprise of the team.
 *
 * @param creditCode 统一社会信用代码, optional; checked by its check character when given
 */
public record OrganizationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @PlainText
        String name,
        @NotNull(message = "{validation.required}")
        OrganizationKind kind,
        String creditCode) implements Serializable {

    public OrganizationForm {
        name = name == null ? null : name.strip();
        creditCode = creditCode == null || creditCode.isBlank() ? null : MemberForm.compatible(creditCode).toUpperCase(Locale.ROOT);
    }
}
