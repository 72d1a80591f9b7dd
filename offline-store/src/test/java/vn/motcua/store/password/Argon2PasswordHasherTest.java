package vn.motcua.store.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    /** Cheap parameters keep the suite fast; one test below uses the real ones. */
    private final Argon2PasswordHasher cheap = new Argon2PasswordHasher(1024, 1, 1);

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String hash = cheap.hash("Mật-khẩu đúng 123".toCharArray());

        assertThat(cheap.verify("Mật-khẩu đúng 123".toCharArray(), hash)).isTrue();
        assertThat(cheap.verify("Mat-khau dung 123".toCharArray(), hash)).isFalse();
        assertThat(cheap.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentSaltEveryTime() {
        String first = cheap.hash("admin".toCharArray());
        String second = cheap.hash("admin".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(cheap.verify("admin".toCharArray(), first)).isTrue();
        assertThat(cheap.verify("admin".toCharArray(), second)).isTrue();
    }

    @Test
    void recommendedHashesUseThePhcFormatWithOwaspParameters() {
        String hash = Argon2PasswordHasher.RECOMMENDED.hash("admin".toCharArray());

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(Argon2PasswordHasher.RECOMMENDED.verify("admin".toCharArray(), hash)).isTrue();
        assertThat(Argon2PasswordHasher.RECOMMENDED.needsRehash(hash)).isFalse();
    }

    @Test
    void verifiesHashesMadeByTheArgon2ReferenceImplementation() {
        // From the reference CLI (Debian package argon2):
        //   echo -n password | argon2 somesalt -id -t 2 -m 10 -p 1 -l 32 -e
        //   echo -n "Mật khẩu" | argon2 'muoiSauByteSalt!' -id -t 2 -m 10 -p 1 -l 32 -e
        String ascii = "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk";
        String vietnamese = "$argon2id$v=19$m=1024,t=2,p=1$bXVvaVNhdUJ5dGVTYWx0IQ$"
                + "34dVUF2PomDoG9IZndtVrz1CdykMzAbPK1CpNsZagWU";
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 2, 1);

        assertThat(hasher.verify("password".toCharArray(), ascii)).isTrue();
        assertThat(hasher.verify("passwort".toCharArray(), ascii)).isFalse();
        assertThat(hasher.verify("Mật khẩu".toCharArray(), vietnamese)).isTrue();
        assertThat(hasher.verify("Mat khau".toCharArray(), vietnamese)).isFalse();
    }

    @Test
    void needsRehashWhenAnyParameterIsBelowToday() {
        Argon2PasswordHasher today = new Argon2PasswordHasher(2048, 2, 2);

        assertThat(today.needsRehash(new Argon2PasswordHasher(1024, 2, 2).hash("x".toCharArray()))).isTrue();
        assertThat(today.needsRehash(new Argon2PasswordHasher(2048, 1, 2).hash("x".toCharArray()))).isTrue();
        assertThat(today.needsRehash(new Argon2PasswordHasher(2048, 2, 1).hash("x".toCharArray()))).isTrue();
        assertThat(today.needsRehash(today.hash("x".toCharArray()))).isFalse();
        assertThat(today.needsRehash(new Argon2PasswordHasher(4096, 3, 2).hash("x".toCharArray()))).isFalse();
    }

    @Test
    void aHashFromOldParametersStillVerifies() {
        String old = new Argon2PasswordHasher(1024, 1, 1).hash("cũ".toCharArray());

        assertThat(new Argon2PasswordHasher(2048, 2, 1).verify("cũ".toCharArray(), old)).isTrue();
    }

    @Test
    void malformedOrForeignHashesNeverMatchAndNeedRehash() {
        for (String bad : new String[] {null, "", "admin", "$2a$10$abcdefghijklmnopqrstuv",
                "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk",
                "$argon2id$v=19$m=1024,t=1,p=1$!!!$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk",
                "$argon2id$v=19$m=999999999,t=1,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk"}) {
            assertThat(cheap.verify("password".toCharArray(), bad)).as(String.valueOf(bad)).isFalse();
            assertThat(cheap.needsRehash(bad)).as(String.valueOf(bad)).isTrue();
        }
    }

    @Test
    void refusesParametersArgon2CannotUse() {
        assertThatThrownBy(() -> new Argon2PasswordHasher(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2PasswordHasher(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2PasswordHasher(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
