package fr.coopconnect.venue;

/**
 * SIRET numbers (14 digits, INSEE): valid when the Luhn checksum holds, except for establishments of La Poste
 * (SIREN 356000000), whose SIRETs are numbered without it: INSEE checks that their digits add up to a multiple of 5.
 */
public final class Siret {

    static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{14}")) {
            return false;
        }
        return luhn(value) || value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 == 0;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
