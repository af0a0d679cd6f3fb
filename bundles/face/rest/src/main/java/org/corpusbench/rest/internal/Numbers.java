package org.corpusbench.rest.internal;

import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;

/** Reads whole-number and true/false parameters with errors that name the parameter and what it takes. */
final class Numbers {
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,9}");

    private Numbers() {
    }

    /**
     * @param name the parameter's name, for the error
     * @param text its value as sent
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return the value
     * @throws CorpusException if it is not a whole number in ASCII digits within the bounds
     */
    static int whole(String name, String text, int min, int max) {
        if (text == null || !ASCII_NUMBER.matcher(text).matches()) {
            throw new CorpusException("Parameter '" + name + "' must be a whole number in ASCII digits, not '" + text + "'");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new CorpusException("Parameter '" + name + "' must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /**
     * Why not a {@code boolean} parameter: JAX-RS reads anything but {@code true} as false, so a typo
     * would silently change the request.
     *
     * @param name the parameter's name, for the error
     * @param text its value as sent
     * @return the value
     * @throws CorpusException if it is neither {@code true} nor {@code false}
     */
    static boolean flag(String name, String text) {
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new CorpusException("Parameter '" + name + "' must be true or false, not '" + text + "'");
    }
}
