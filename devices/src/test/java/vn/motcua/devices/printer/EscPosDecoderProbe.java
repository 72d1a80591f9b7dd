package vn.motcua.devices.printer;

/** Cheap checks on a growing byte stream, for waiting until a job has fully arrived. */
public final class EscPosDecoderProbe {
    private EscPosDecoderProbe() {
    }

    /** Whether the stream decodes completely and its last command, status requests aside, is a cut. */
    public static boolean endsWithCut(byte[] bytes) {
        byte[] cut = EscPosCommands.feedAndPartialCut();
        int end = bytes.length;
        while (end >= 3 && bytes[end - 3] == EscPosCommands.DLE && bytes[end - 2] == EscPosCommands.EOT) {
            end -= 3;
        }
        int tail = end - cut.length;
        if (tail < 0 || !java.util.Arrays.equals(bytes, tail, end, cut, 0, cut.length)) {
            return false;
        }
        try {
            EscPosDecoder.DecodedJob job = EscPosDecoder.decode(bytes);
            return job.cuts() == 1;
        } catch (IllegalArgumentException incomplete) {
            return false;
        }
    }
}
