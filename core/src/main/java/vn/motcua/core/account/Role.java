package vn.motcua.core.account;

/** What a local account may do. An admin manages accounts and settings; a supervisor sees statistics. */
public enum Role {
    CLERK, SUPERVISOR, ADMIN;

    public String messageKey() {
        return "role." + name();
    }
}
