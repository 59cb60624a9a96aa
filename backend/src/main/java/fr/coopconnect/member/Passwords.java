package fr.coopconnect.member;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Password hashing with bcrypt; the plain password is never stored nor logged. */
final class Passwords {

    private static final int COST = 10;
    /** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password", COST);

    private Passwords() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash == null ? DUMMY_HASH : hash);
    }
}
