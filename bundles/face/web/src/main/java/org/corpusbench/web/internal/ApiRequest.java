package org.corpusbench.web.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;

/**
 * What a request addresses: its path segments below the API's root and its query parameters,
 * both read from the raw request line and percent-decoded here, one segment at a time.
 *
 * <p>Why not the servlet container's decoding: {@code getPathInfo()} decodes {@code %2F} before
 * the path is split, so a document id holding a slash could not be addressed; and
 * {@code getParameter()} on a POST whose content type is a form reads the body as form fields,
 * which would swallow an upload sent by {@code curl --data-binary}. Decoding is strict: a bad
 * escape, bytes that are not UTF-8, a control character or a repeated parameter is a 400.
 */
final class ApiRequest {
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final List<String> segments;
    private final Map<String, String> parameters;

    private ApiRequest(List<String> segments, Map<String, String> parameters) {
        this.segments = segments;
        this.parameters = parameters;
    }

    /**
     * @param rawPath the request URI's path below the API's root, still percent-encoded
     * @param rawQuery the query string as sent, or null
     * @throws CorpusException if either cannot be decoded or holds a control character
     */
    static ApiRequest parse(String rawPath, String rawQuery) {
        List<String> segments = new ArrayList<>();
        String trimmed = rawPath.replaceAll("^/+|/+$", "");
        if (!trimmed.isEmpty()) {
            for (String segment : trimmed.split("/", -1)) {
                segments.add(decode(segment, "path segment"));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode((equals < 0 ? pair : pair.substring(0, equals)).replace('+', ' '), "parameter name");
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1).replace('+', ' '), "parameter '" + name + "'");
                if (parameters.put(name, value) != null) {
                    throw new CorpusException("Parameter '" + name + "' is given more than once");
                }
            }
        }
        return new ApiRequest(List.copyOf(segments), Collections.unmodifiableMap(parameters));
    }

    List<String> segments() {
        return segments;
    }

    /** @return every query parameter, in the order given */
    Map<String, String> parameters() {
        return parameters;
    }

    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /**
     * @return the parameter as a whole number of ASCII digits, or the fallback if absent
     * @throws CorpusException if it is anything else
     */
    int number(String name, int fallback) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        if (!ASCII_NUMBER.matcher(value).matches()) {
            throw new CorpusException("Parameter '" + name + "' must be a whole number in ASCII digits, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static String decode(String raw, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int value = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)) : -1;
                if (value < 0) {
                    throw new CorpusException("The " + what + " has a bad percent escape");
                }
                bytes.write(value);
                i += 2;
            } else if (c > 0x7F) {
                int length = Character.charCount(raw.codePointAt(i));
                bytes.writeBytes(raw.substring(i, i + length).getBytes(StandardCharsets.UTF_8));
                i += length - 1;
            } else {
                bytes.write(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException("The " + what + " is not percent-encoded UTF-8");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new CorpusException("The " + what + " holds a control character");
        }
        return text;
    }

    /** @return the value of a hexadecimal digit, or a negative number if it is none */
    private static int hex(char c) {
        int value = Character.digit(c, 16);
        return c < 0x80 ? value : -1 << 8;
    }
}
