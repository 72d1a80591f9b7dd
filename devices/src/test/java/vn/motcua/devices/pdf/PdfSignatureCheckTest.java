package vn.motcua.devices.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.ResultSignature.State;

class PdfSignatureCheckTest {
    private static final String AGENCY = "Sở Tư pháp Thành phố Hà Nội";
    private static SignedPdfs agency;

    @BeforeAll
    static void certificate() throws Exception {
        agency = new SignedPdfs(AGENCY);
    }

    @Test
    void aSignedResultIsIntactAndNamesItsSigner() throws Exception {
        byte[] signed = agency.sign(SignedPdfs.unsigned("Hệ thống một cửa"));

        assertThat(PdfSignatureCheck.of(signed)).isEqualTo(new ResultSignature(State.INTACT, AGENCY));
    }

    @Test
    void aPdfWithoutSignatureIsUnsigned() throws Exception {
        assertThat(PdfSignatureCheck.of(SignedPdfs.unsigned("scan"))).isEqualTo(ResultSignature.unsigned());
    }

    @Test
    void aByteChangedInsideTheSignedRangeBreaksTheSignature() throws Exception {
        byte[] tampered = agency.sign(SignedPdfs.unsigned("x"));
        // The binary comment on the header's second line: the file still reads, its bytes are no longer signed.
        assertThat(tampered[10]).isNegative();
        tampered[10] ^= 0x01;

        assertThat(PdfSignatureCheck.of(tampered).state()).isEqualTo(State.BROKEN);
    }

    @Test
    void anUpdateAppendedAfterSigningIsReported() throws Exception {
        byte[] changed = SignedPdfs.retitled(agency.sign(SignedPdfs.unsigned("x")), "Đã sửa sau khi ký");

        assertThat(PdfSignatureCheck.of(changed)).isEqualTo(new ResultSignature(State.CHANGED_AFTER_SIGNING, AGENCY));
    }

    @Test
    void aSecondSignatureCoveringTheWholeFileMakesItIntactAgain() throws Exception {
        SignedPdfs chairman = new SignedPdfs("Chủ tịch UBND phường");
        byte[] twice = chairman.sign(agency.sign(SignedPdfs.unsigned("x")));

        assertThat(PdfSignatureCheck.of(twice)).isEqualTo(new ResultSignature(State.INTACT, "Chủ tịch UBND phường"));
    }

    @Test
    void bytesThatAreNoPdfAreAnError() {
        assertThatThrownBy(() -> PdfSignatureCheck.of("not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
    }
}
