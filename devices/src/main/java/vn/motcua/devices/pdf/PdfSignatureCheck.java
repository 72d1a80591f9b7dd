package vn.motcua.devices.pdf;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import vn.motcua.core.dossier.ResultSignature;

/**
 * Reads the digital signatures of a PDF (detached CMS, as Vietnamese signing services and Adobe produce): whether
 * each signature matches the bytes it covers, whether anything was appended after the last one, and who signed.
 * The certificate chain is not judged: the desk has no trust list of the national signing CAs.
 */
public final class PdfSignatureCheck {

    private PdfSignatureCheck() {
    }

    /**
     * @throws IOException when the bytes are not a readable PDF
     */
    public static ResultSignature of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return ResultSignature.unsigned();
            }
            PDSignature last = signatures.stream().max(Comparator.comparingLong(PdfSignatureCheck::end)).orElseThrow();
            String signer = "";
            for (PDSignature signature : signatures) {
                String name = verifiedSigner(signature, pdf);
                if (name == null) {
                    return new ResultSignature(ResultSignature.State.BROKEN, "");
                }
                if (signature == last) {
                    signer = name;
                }
            }
            ResultSignature.State state = end(last) == pdf.length ? ResultSignature.State.INTACT
                    : ResultSignature.State.CHANGED_AFTER_SIGNING;
            return new ResultSignature(state, signer);
        }
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    /** The signer's name when the signature matches its bytes; null when it does not or cannot be read. */
    private static String verifiedSigner(PDSignature signature, byte[] pdf) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            for (SignerInformation information : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Selector<X509CertificateHolder> bySigner = (Selector<X509CertificateHolder>) (Selector<?>) information.getSID();
                X509CertificateHolder certificate = cms.getCertificates().getMatches(bySigner).stream().findFirst()
                        .orElse(null);
                if (certificate == null
                        || !information.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return null;
                }
                return commonName(certificate.getSubject(), signature.getName());
            }
            return null;
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String commonName(X500Name subject, String fallback) {
        RDN[] names = subject.getRDNs(BCStyle.CN);
        if (names.length > 0) {
            return IETFUtils.valueToString(names[0].getFirst().getValue());
        }
        return fallback == null ? subject.toString() : fallback;
    }
}
