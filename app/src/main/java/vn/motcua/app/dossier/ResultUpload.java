package vn.motcua.app.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.devices.pdf.PdfSignatureCheck;

/**
 * A result file the clerk picked, read and checked before it is stored: its type from its first bytes (not its
 * name), its size, and a PDF's signatures.
 *
 * @param problem a message key taking the file name when the file cannot be kept; null when it can
 */
record ResultUpload(byte[] bytes, String mediaType, ResultSignature signature, String problem) {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static ResultUpload read(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            return refused("dossier.result.missing");
        }
        if (Files.size(file) > maxBytes) {
            return refused("dossier.result.tooLarge");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (startsWith(bytes, PDF)) {
            try {
                return new ResultUpload(bytes, "application/pdf", PdfSignatureCheck.of(bytes), null);
            } catch (IOException unreadable) {
                return refused("dossier.result.unreadable");
            }
        }
        if (startsWith(bytes, JPEG)) {
            return new ResultUpload(bytes, "image/jpeg", ResultSignature.unsigned(), null);
        }
        if (startsWith(bytes, PNG)) {
            return new ResultUpload(bytes, "image/png", ResultSignature.unsigned(), null);
        }
        return refused("dossier.result.wrongType");
    }

    private static ResultUpload refused(String problem) {
        return new ResultUpload(new byte[0], "", ResultSignature.unsigned(), problem);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
