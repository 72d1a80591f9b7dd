package vn.motcua.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.AgencyCode;

class TicketNumberTest {

    @Test
    void numbersHaveAtLeastThreeDigitsAndReadBackFromWhatAClerkTypes() {
        assertThat(new TicketNumber("A", 1).text()).isEqualTo("A001");
        assertThat(new TicketNumber("BC", 1025).text()).isEqualTo("BC1025");
        assertThat(TicketNumber.parse(" a7 ")).contains(new TicketNumber("A", 7));
        assertThat(TicketNumber.parse("A007")).contains(new TicketNumber("A", 7));
        assertThat(TicketNumber.parse("A000")).isEmpty();
        assertThat(TicketNumber.parse("7")).isEmpty();
        assertThat(TicketNumber.parse("Đ1")).isEmpty();
        assertThatThrownBy(() -> new TicketNumber("a", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFollowUpCodeHasOneStableFormatAndReadsBack() {
        FollowUpCode code = new FollowUpCode(new AgencyCode("H15.50.05.13"), LocalDate.of(2025, 11, 5),
                new TicketNumber("A", 12), new TicketId(4711));

        assertThat(code.text()).isEqualTo("MCQ1|H15.50.05.13|20251105|A012|4711");
        assertThat(FollowUpCode.parse(code.text())).contains(code);
        assertThat(FollowUpCode.parse("MCQ2|H15.50.05.13|20251105|A012|4711")).isEmpty();
        assertThat(FollowUpCode.parse("MCQ1|H15|2025-11-05|A012|4711")).isEmpty();
        assertThat(FollowUpCode.parse(null)).isEmpty();
    }
}
