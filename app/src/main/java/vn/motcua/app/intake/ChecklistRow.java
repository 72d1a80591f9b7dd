package vn.motcua.app.intake;

/** One required component as the clerk sees it: what is required, how it is provided, what could be reused. */
public record ChecklistRow(String code, String name, String form, int quantity, boolean mandatory, String provision,
        boolean provided, String reusable, boolean canReuse) {
}
