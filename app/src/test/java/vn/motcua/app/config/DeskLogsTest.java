package vn.motcua.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped logback.xml, loaded into a context of its own and writing to a real file. */
class DeskLogsTest {
    @TempDir
    Path logs;

    private LoggerContext shippedConfiguration() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty(DeskLogs.DIRECTORY_PROPERTY, logs.toString());
        context.putProperty(DeskLogs.NAME_PROPERTY, "motcua-counter");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(DeskLogsTest.class.getResource("/logback.xml"));
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .as("logback.xml loads without errors").noneMatch(status -> status.getLevel() >= 2);
        return context;
    }

    @Test
    void logsRollInTheUsersDirectoryOneSetPerScreen() throws Exception {
        LoggerContext context = shippedConfiguration();
        try {
            var appender = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
            assertThat(Path.of(appender.getFile())).isEqualTo(logs.resolve("motcua-counter.log"));
            var policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
            assertThat(policy.getMaxHistory()).isEqualTo(30);
            assertThat(policy.getFileNamePattern()).endsWith("motcua-counter-%d{yyyy-MM-dd, Asia/Ho_Chi_Minh}.%i.log.gz");
        } finally {
            context.stop();
        }
    }

    @Test
    void anIdNumberOrPhoneNumberThatSlipsIntoAMessageIsMaskedButCodesAreNot() throws Exception {
        LoggerContext context = shippedConfiguration();
        try {
            var log = context.getLogger("vn.motcua.test");
            log.info("Hồ sơ 000.00.12.H62-261123-0001: chủ hồ sơ 079190001234, điện thoại 0912345678, 3 tệp, 1048576 byte");
            log.warn("Lỗi đọc thẻ", new IllegalStateException("QR lạ: 036085000177|Nguyễn"));
        } finally {
            context.stop();
        }
        String written = Files.readString(logs.resolve("motcua-counter.log"), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("079190001234", "0912345678", "036085000177")
                .contains("000.00.12.H62-261123-0001", "1048576 byte", "[số đã che]", "IllegalStateException");
        assertThat(written.split("IllegalStateException", -1)).as("the stack trace is written once").hasSize(2);
    }
}
