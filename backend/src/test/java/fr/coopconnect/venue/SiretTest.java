package fr.coopconnect.venue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiretTest {

    @Test
    void acceptsLuhnValidSiretsAndLaPosteOnes() {
        assertTrue(Siret.isValid("73282932000074"));
        assertTrue(Siret.isValid("21050070700018"));
        assertFalse(Siret.isValid("73282932000075"));
        // La Poste numbers its establishments without the Luhn key; their digits add up to a multiple of 5.
        assertTrue(Siret.isValid("35600000000048"), "the head office of La Poste has a Luhn key anyway");
        assertTrue(Siret.isValid("35600000049837"));
        assertFalse(Siret.luhn("35600000049837"));
        assertFalse(Siret.isValid("35600000049838"));
    }

    @Test
    void refusesAnythingButFourteenDigits() {
        assertFalse(Siret.isValid(null));
        assertFalse(Siret.isValid(""));
        assertFalse(Siret.isValid("7328293200007"));
        assertFalse(Siret.isValid("732829320000740"));
        assertFalse(Siret.isValid("7328293200007A"));
        assertFalse(Siret.isValid("732 829 320 00074"));
    }

    /** A Luhn check digit appended to any 13 digits makes a valid SIRET; changing one digit breaks it. */
    @Property
    void oneChangedDigitIsAlwaysCaught(@ForAll @StringLength(13) @NumericChars String body,
                                       @ForAll @IntRange(min = 0, max = 13) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String siret = body + checkDigit(body);
        assertTrue(Siret.luhn(siret), siret);
        char changed = (char) ('0' + (siret.charAt(position) - '0' + shift) % 10);
        String typo = siret.substring(0, position) + changed + siret.substring(position + 1);
        assertFalse(Siret.luhn(typo), typo);
    }

    private static int checkDigit(String body) {
        for (int digit = 0; digit < 10; digit++) {
            if (Siret.luhn(body + digit)) {
                return digit;
            }
        }
        throw new IllegalStateException(body);
    }
}
