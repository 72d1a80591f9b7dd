package vn.motcua.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that show and read dd/MM/yyyy whatever the machine's locale; a mistyped date reads as none. */
public final class DayPickers {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DayPickers() {
    }

    public static DatePicker of(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        prepare(picker, id);
        return picker;
    }

    public static void prepare(DatePicker picker, String id) {
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : DATE.format(day);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(typed.strip(), DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText("dd/mm/yyyy");
        picker.setPrefWidth(140);
    }

    /**
     * A date typed but not yet confirmed with Enter counts, as the clerk sees it in the field. With
     * {@code emptyAllowed} a cleared or mistyped field means no date; without it the picker keeps its date.
     */
    public static void commitTyped(boolean emptyAllowed, DatePicker picker) {
        LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
        if ((typed != null || emptyAllowed) && !java.util.Objects.equals(typed, picker.getValue())) {
            picker.setValue(typed);
        }
    }
}
