package vn.motcua.devices.sound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.core.voice.CallAnnouncement;

class VirtualCallAnnouncerTest {

    @Test
    void remembersCallsUntilClosed() {
        VirtualCallAnnouncer announcer = new VirtualCallAnnouncer();
        CallAnnouncement first = new CallAnnouncement("A001", 1);

        announcer.announce(first);
        announcer.close();
        announcer.announce(new CallAnnouncement("A002", 1));

        assertThat(announcer.announced()).containsExactly(first);
    }
}
