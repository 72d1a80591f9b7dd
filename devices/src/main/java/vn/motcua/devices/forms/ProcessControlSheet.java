package vn.motcua.devices.forms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.Dossier;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-off and the final result, early / on time /
 * late against the dossier's due time. Dated the day the dossier was received, when the sheet starts.
 *
 * @param handlingAgency the agency that resolves the dossier
 * @param finishedAt     when processing ended; empty while it goes on
 */
public record ProcessControlSheet(FormOffice office, Dossier dossier, String handlingAgency, List<HandOff> handOffs,
        Optional<LocalDateTime> finishedAt) implements FormContent {

    public ProcessControlSheet {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(finishedAt, "finishedAt");
        handlingAgency = handlingAgency == null ? "" : handlingAgency;
        handOffs = List.copyOf(handOffs);
    }

    public static ProcessControlSheet of(Dossier dossier, FormOffice office, String handlingAgency,
            List<HandOff> handOffs, Optional<LocalDateTime> finishedAt) {
        return new ProcessControlSheet(office, dossier, handlingAgency, handOffs, finishedAt);
    }

    public Timeliness result() {
        return Timeliness.of(dossier.dueAt(), finishedAt);
    }

    @Override
    public FormKind kind() {
        return FormKind.PROCESS_CONTROL;
    }

    @Override
    public String reference() {
        return dossier.code().value();
    }

    @Override
    public FormValues values() {
        return CommonValues.of(office, dossier, dossier.receivedAt().toLocalDate())
                .text("handlingAgency", handlingAgency)
                .text("finishedAt", finishedAt.map(Formats.DATE_TIME::format).orElse(""))
                .choice("result", result())
                .rows("handOffs", handOffs.stream().map(ProcessControlSheet::row).toList())
                .build();
    }

    private static Map<String, String> row(HandOff handOff) {
        return Map.of("from", handOff.from(), "to", handOff.to(), "at", Formats.DATE_TIME.format(handOff.at()),
                "giver", handOff.giver(), "receiver", handOff.receiver(), "note", handOff.note());
    }
}
