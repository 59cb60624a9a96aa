package fr.coopconnect.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts: French by default, English when the client asks for it. */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /** The language of a request from its Accept-Language header: English only when preferred. */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FRENCH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String lang = range.getRange().split("-")[0];
                if (lang.equals("en")) {
                    return ENGLISH;
                }
                if (lang.equals("fr") || lang.equals("*")) {
                    return FRENCH;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return FRENCH;
        }
        return FRENCH;
    }

    /** The text for a key, or the key itself when it is not a known key (already a sentence). */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException unknownKey) {
            return key;
        }
        // Always through MessageFormat, so every text writes an apostrophe the same way ('').
        return new MessageFormat(pattern, locale).format(args);
    }

    public static boolean isKnown(String key) {
        return ResourceBundle.getBundle("messages", FRENCH).containsKey(key);
    }

}
