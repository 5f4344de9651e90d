package nl.werving.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;

/** The hash checked for an unknown user name must cost what a user's own does, or timing would tell names apart. */
class UnknownUserHashTest {

    @Test
    void hasTheCostOfTheHashesMadeForUsers() {
        String usersHash = BcryptUtil.bcryptHash("Een wachtwoord van een gebruiker");

        assertEquals(usersHash.substring(0, 7), LoginAttempts.UNKNOWN_USER_HASH.substring(0, 7), "algorithm and cost");
        assertEquals(usersHash.length(), LoginAttempts.UNKNOWN_USER_HASH.length());
        assertFalse(BcryptUtil.matches("no user has this password", LoginAttempts.UNKNOWN_USER_HASH), "a hash that is checked, not refused");
    }
}
