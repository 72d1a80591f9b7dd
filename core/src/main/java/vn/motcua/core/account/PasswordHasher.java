package vn.motcua.core.account;

/** Port: a slow, salted password hash with its parameters encoded in the result. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String encodedHash);

    /** True when the hash was made with weaker parameters than today's and should be redone at login. */
    boolean needsRehash(String encodedHash);
}
