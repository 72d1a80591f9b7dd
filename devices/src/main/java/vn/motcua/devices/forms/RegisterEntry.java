package vn.motcua.devices.forms;

import java.util.Objects;

/** Where the dossier is written in the Sổ theo dõi hồ sơ: the book (quyển số) and the entry (số thứ tự). */
public record RegisterEntry(String book, int entry) {
    public RegisterEntry {
        Objects.requireNonNull(book, "book");
        if (book.isBlank() || entry < 1) {
            throw new IllegalArgumentException("A register entry needs a book and an entry number from 1");
        }
    }
}
