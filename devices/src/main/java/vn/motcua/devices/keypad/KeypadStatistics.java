package vn.motcua.devices.keypad;

import java.util.Map;

/**
 * What a serial keypad's link has seen since the adapter started: for the device-status screen, support and tests.
 *
 * @param frames       valid frames from the keypad (any type, duplicates included)
 * @param presses      presses reported (first copies)
 * @param duplicates   EVT retransmissions recognised and not reported again (each was acknowledged)
 * @param rejected     frames rejected, by reason (bad checksum, truncated, too long...)
 * @param skippedBytes bytes outside any frame
 * @param foreign      valid frames from an address other than the configured one
 * @param unexpected   valid frames of a host-to-device type, or with the broadcast address, from the keypad's line
 * @param connections  times the link became CONNECTED
 * @param opens        times a port object was opened
 * @param failedOpens  times opening a port object failed (keypad unplugged, wrong path, no permission)
 */
public record KeypadStatistics(long frames, long presses, long duplicates, Map<FrameError, Long> rejected,
        long skippedBytes, long foreign, long unexpected, long connections, long opens, long failedOpens) {

    public KeypadStatistics {
        rejected = Map.copyOf(rejected);
    }

    /** Rejected frames of one kind. */
    public long rejected(FrameError error) {
        return rejected.getOrDefault(error, 0L);
    }
}
