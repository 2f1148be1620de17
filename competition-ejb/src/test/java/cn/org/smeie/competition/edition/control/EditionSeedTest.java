package cn.org.smeie.competition.edition.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.org.smeie.competition.track.entity.TrackDetails;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EditionSeedTest {

    private final EditionSeed seed = EditionSeed.first();

    @Test
    void theEditionIsTheOneOfNotice49Of2023() {
        assertThat(seed.ordinal()).isEqualTo(1);
        assertThat(seed.year()).isEqualTo(2023);
        assertThat(seed.documentNumber()).isEqualTo("中小企通〔2023〕49号");
        assertThat(seed.registrationDeadline()).isEqualTo(LocalDateTime.of(2023, 9, 30, 23, 59, 59));
        assertThat(seed.trackDeadline()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(seed.finalsMonth()).isEqualTo(YearMonth.of(2023, 12));
        assertThat(seed.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(seed.organizers()).hasSize(5).startsWith("中国中小企业发展促进中心");
    }

    @Test
    void theTrackTableHasTheSixTracksOfTheAnnex() {
        assertThat(seed.tracks()).extracting(TrackDetails::code)
                .containsExactly("SME202301", "SME202302", "SME202303", "SME202304", "SME202305", "SME202306");
        assertThat(seed.tracks()).extracting(TrackDetails::fieldZh)
                .containsExactly("新一代信息技术", "机器人+", "新能源汽车", "半导体", "网络安全", "数字孪生");
        assertThat(seed.tracks()).allSatisfy(t -> {
            assertThat(t.contactPhone()).matches("1[3-9]\\d{9}");
            assertThat(t.competitionDate()).as("the notice leaves the dates to be announced").isNull();
        });
    }

    @Test
    void aQuotedFieldWithCommasAndQuotesIsReadWhole() {
        TrackDetails robotics = seed.tracks().get(1);
        assertThat(robotics.focusZh()).startsWith("聚焦“机器人+”十大应用重点领域").endsWith("极限环境应用")
                .contains("制造业、农业、建筑");
        assertThat(robotics.hostOrganization()).isEqualTo("高校毕业生就业协会机器人专委会");
    }
}
