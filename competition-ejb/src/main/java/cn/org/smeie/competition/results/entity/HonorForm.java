package cn.org.smeie.competition.results.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A nomination for an honour: an organizing unit by its name, or a member of staff by name and the
 * organization they work for, with a citation (事迹).
 */
public record HonorForm(@NotNull(message = "{validation.required}") Honor.Kind kind,
                        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                        @PlainText String name,
                        @Size(max = 200, message = "{validation.tooLong}") @PlainText String organization,
                        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}")
                        @PlainText String citation) implements Serializable {

    public HonorForm {
        name = name == null ? null : name.strip();
        organization = organization == null || organization.isBlank() ? null : organization.strip();
        citation = citation == null ? null : citation.strip();
    }
}
