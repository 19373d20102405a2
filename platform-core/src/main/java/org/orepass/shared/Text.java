package org.orepass.shared;

/**
 * Text as the platform stores it (issue 15): no NUL and no other control character, which no keyboard types on
 * purpose and which arrive only by copy and paste from other programs or by hostile input (PostgreSQL refuses NUL
 * outright; the others hide text, break CSV downloads and terminals). They are stripped, not refused: they are
 * invisible, so a message about them would name something the user cannot see. Tab, line feed and carriage return
 * stay, as multi-line text needs them. Also stripped: DEL, the C1 controls (U+0080 to U+009F), unpaired surrogates
 * and the non-characters U+FFFE and U+FFFF.
 */
public final class Text {

    private Text() {
    }

    /** The value without the characters above; the same instance when there were none (and null for null). */
    public static String clean(String value) {
        if (value == null || !needsCleaning(value)) {
            return value;
        }
        var clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                clean.append(c).append(value.charAt(++i));
            } else if (!unwanted(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** A file name as sent by a browser: cleaned, on one line, without any folder, at most 255 characters. */
    public static String fileName(String value) {
        if (value == null) {
            return null;
        }
        var name = clean(value).replaceAll("[\\t\\r\\n]", " ");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static boolean needsCleaning(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (unwanted(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unwanted(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE'
                || c == '\uFFFF' || Character.isSurrogate(c);
    }
}
