package cn.org.smeie.competition.publicity.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** An exhibition of finals first prizes: the event, its date and place, and the projects shown. */
public record ExhibitionForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                             @PlainText String event,
                             @NotNull(message = "{validation.required}") LocalDate heldOn,
                             @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                             @PlainText String place,
                             @NotEmpty(message = "{publicity.projects.required}") Set<Long> registrationIds)
        implements Serializable {

    public ExhibitionForm {
        event = event == null ? null : event.strip();
        place = place == null ? null : place.strip();
        registrationIds = registrationIds == null ? Set.of() : Set.copyOf(registrationIds);
    }
}
