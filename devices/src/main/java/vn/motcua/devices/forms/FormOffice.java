package vn.motcua.devices.forms;

import java.util.Objects;

/**
 * The office a form comes from.
 *
 * @param agencyName the managing agency as the letterhead prints it, e.g. "UBND PHƯỜNG BA ĐÌNH"
 * @param place      the place before the date line, e.g. "Hà Nội" in "Hà Nội, ngày 10 tháng 07 năm 2025"
 */
public record FormOffice(String agencyName, String place) {
    public FormOffice {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(place, "place");
        if (agencyName.isBlank() || place.isBlank()) {
            throw new IllegalArgumentException("A form needs the agency name and the place");
        }
    }
}
