package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.statistics.StatisticsTargets;

class StatisticsSettingsTest {
    @TempDir
    Path directory;

    private static StatisticsSettings of(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return StatisticsSettings.from(properties, "desk.properties");
    }

    @Test
    void withoutSettingsTheSeedsTargetsAndTheBundledScorecard() throws IOException {
        StatisticsSettings settings = StatisticsSettings.load(directory);
        assertThat(settings.targets()).isEqualTo(StatisticsTargets.defaults());
        assertThat(settings.targets().waitTargets()).containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(15));
        assertThat(settings.scorecard().total()).isEqualTo(100.0);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void anOfficeSetsItsOwnTargetsAndScorecard() throws IOException {
        Path scorecard = directory.resolve("scorecard.properties");
        Files.writeString(scorecard, """
                version=test
                total=20
                indicators=progress
                indicator.progress.group=PROGRESS
                indicator.progress.points=20
                indicator.progress.measure=ON_TIME_SHARE
                """);
        StatisticsSettings settings = of("""
                statistics.waitTargetsMinutes=15, 30
                statistics.averageWaitTargetMinutes=15
                statistics.serviceLevel=0
                statistics.intakeNorms=COMMUNE:800
                statistics.countFlaggedRatings=true
                statistics.scorecardFile=%s
                """.formatted(scorecard.toString().replace("\\", "/")));
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.targets().waitTargets()).containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(30));
        assertThat(settings.targets().averageWaitTarget()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.targets().serviceLevelShare()).isZero();
        assertThat(settings.targets().intakeNorms()).isEqualTo(Map.of("COMMUNE", 800));
        assertThat(settings.targets().countFlaggedRatings()).isTrue();
        assertThat(settings.scorecard().version()).isEqualTo("test");
    }

    @Test
    void aWrongValueIsNamedAndItsDefaultUsed() throws IOException {
        StatisticsSettings settings = of("""
                statistics.waitTargetsMinutes=10,abc
                statistics.serviceLevel=1.5
                statistics.countFlaggedRatings=maybe
                statistics.scorecardFile=/no/such/file.properties
                statistics.satisfactionTarget=0.9
                """);
        assertThat(settings.targets().waitTargets()).isEqualTo(StatisticsTargets.defaults().waitTargets());
        assertThat(settings.targets().serviceLevelShare()).isEqualTo(0.8);
        assertThat(settings.targets().countFlaggedRatings()).isFalse();
        assertThat(settings.targets().satisfactionTarget()).isEqualTo(0.9);
        assertThat(settings.scorecard().total()).isEqualTo(100.0);
        List<String> problems = settings.problems();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("statistics.waitTargetsMinutes=10,abc");
        assertThat(problems.get(1)).contains("statistics.serviceLevel=1.5", "a share from 0 to 1");
        assertThat(problems.get(3)).contains("scorecardFile", "using the bundled scorecard");
    }
}
