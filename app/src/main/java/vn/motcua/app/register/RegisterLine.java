package vn.motcua.app.register;

/** One line of the register table, already formatted for display (dd/MM/yyyy HH:mm, Vietnamese status). */
public record RegisterLine(String number, String code, String procedure, String sets, String owner, String contact,
        String receivedAt, String dueAt, String status, String returnedAt, String handledBy, String note) {
}
