package cn.org.smeie.competition.track.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the committee says of a track (赛项): the line of the notice's track table.
 * Each constraint's message is a key of the business messages, in Chinese and English.
 *
 * @param code            编号, unique in the edition, e.g. {@code SME202301}
 * @param fieldZh         赛项领域
 * @param fieldEn         the field in English
 * @param focusZh         聚焦场景
 * @param abilitiesZh     考察能力
 * @param objectiveZh     比赛目标
 * @param hostOrganization 承办单位
 * @param contactName     联系人
 * @param contactPhone    联系电话: a mainland mobile number or a landline with area code
 * @param competitionDate the day of the track's own competition, when announced
 */
public record TrackDetails(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9]{2,19}", message = "{track.code.pattern}")
        String code,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
        String fieldZh,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
        String fieldEn,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") @PlainText
        String focusZh,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") @PlainText
        String abilitiesZh,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") @PlainText
        String objectiveZh,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @PlainText
        String hostOrganization,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") @PlainText
        String contactName,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "{validation.phone}")
        String contactPhone,
        LocalDate competitionDate) implements Serializable {

    /** The same details with surrounding white space removed from every text. */
    public TrackDetails stripped() {
        return new TrackDetails(strip(code), strip(fieldZh), strip(fieldEn), strip(focusZh), strip(abilitiesZh),
                strip(objectiveZh), strip(hostOrganization), strip(contactName), strip(contactPhone),
                competitionDate);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
