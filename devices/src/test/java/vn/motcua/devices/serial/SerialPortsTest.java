package vn.motcua.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.printer.SocatPtyPair;
import vn.motcua.devices.serial.SerialPorts.PortCheck.Outcome;

/** Real pseudo-terminals from socat stand in for the USB-serial devices. */
class SerialPortsTest {
    @TempDir
    Path directory;

    @Test
    void aPortThatExistsOpensAndIsReleasedAgain() throws Exception {
        assumeTrue(SocatPtyPair.socatInstalled(), "socat is needed (scripts/test-apt-packages.txt)");
        try (var pair = new SocatPtyPair(directory)) {
            String path = pair.a().toRealPath().toString();
            assertThat(SerialPorts.check(path).outcome()).isEqualTo(Outcome.OPENED);
            assertThat(SerialPorts.check(path).outcome()).as("closed after the first check").isEqualTo(Outcome.OPENED);
        }
    }

    @Test
    void aMissingPortIsSaidToBeMissing() {
        assertThat(SerialPorts.check(directory.resolve("ttyNone").toString()).outcome()).isEqualTo(Outcome.MISSING);
        assertThat(SerialPorts.check("   ").outcome()).isEqualTo(Outcome.MISSING);
    }

    @Test
    void aFileThatIsNoSerialPortFails() throws Exception {
        Path plain = Files.writeString(directory.resolve("not-a-port"), "x");
        assertThat(SerialPorts.check(plain.toString()).opened()).isFalse();
    }

    @Test
    void aPortTheAccountMayNotOpenIsDenied() throws Exception {
        assumeTrue(SocatPtyPair.socatInstalled(), "socat is needed (scripts/test-apt-packages.txt)");
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root opens any device");
        try (var pair = new SocatPtyPair(directory)) {
            Path real = pair.a().toRealPath();
            Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("---------"));
            assertThat(SerialPorts.check(real.toString()).outcome()).isEqualTo(Outcome.DENIED);
        }
    }

    @Test
    void theListHoldsOnlyPathsAndIsSorted() {
        var ports = SerialPorts.available();
        assertThat(ports).isSorted().doesNotContainNull();
    }
}
