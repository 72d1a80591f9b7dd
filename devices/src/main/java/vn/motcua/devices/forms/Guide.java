package vn.motcua.devices.forms;

import java.util.Objects;

/** Who the citizen contacts while completing a dossier (Mẫu 02: người hướng dẫn). */
public record Guide(String name, String phone) {
    public Guide {
        Objects.requireNonNull(name, "name");
        phone = phone == null ? "" : phone;
    }
}
