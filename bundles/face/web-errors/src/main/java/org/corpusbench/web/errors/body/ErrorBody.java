package org.corpusbench.web.errors.body;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The body of every error response, {@code {"status":404,"error":"Not Found"}}, the shape the REST API uses.
 *
 * <p>Shared by the error page servlet and, copied into the fragment, Jetty's error handler: no dependency
 * beyond the JDK.
 */
public final class ErrorBody {
    /** As Jetty writes {@code application/json; charset=UTF-8} set by a servlet: the same header on every error. */
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";
    public static final String CACHE_CONTROL = "must-revalidate,no-cache,no-store";

    /**
     * Jetty's reasons are fixed phrases ("Bad HostPort", "Ambiguous path parameters"). A message with anything
     * else (a slash, a dot, a colon, a quote) may carry a path, a URI or request text: it is replaced.
     */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9 -]{0,79}");

    private ErrorBody() {
    }

    /**
     * @param status the HTTP status
     * @param message the container's message, or null
     * @return the UTF-8 JSON body
     */
    public static byte[] json(int status, String message) {
        // reason() yields plain words only, so nothing needs escaping
        return ("{\"status\":" + status + ",\"error\":\"" + reason(status, message) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return the message for a client error if it is plain words, else the standard phrase; server errors always
     *         get the standard phrase, since their messages come from exceptions
     */
    static String reason(int status, String message) {
        if (status >= 400 && status < 500 && message != null && PLAIN_WORDS.matcher(message).matches()) {
            return message;
        }
        return standardReason(status);
    }

    /** RFC 9110 phrases, for the codes a servlet container sends. */
    static String standardReason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 417 -> "Expectation Failed";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Content";
            case 426 -> "Upgrade Required";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
