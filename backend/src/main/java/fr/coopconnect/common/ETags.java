package fr.coopconnect.common;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags built from the optimistic-locking version. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version an If-Match header asks for, or null when absent or {@code *}. */
    public static Integer parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notOurs) {
            throw new ProblemException(412, "precondition-failed");
        }
    }
}
