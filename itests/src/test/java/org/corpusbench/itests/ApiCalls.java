package org.corpusbench.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP calls to the workbench as any client makes them: with or without credentials, with the
 * headers a test chooses, and, for request lines no {@link URI} accepts (bad percent escapes, raw
 * UTF-8), over a plain socket.
 */
final class ApiCalls {
    static final String ORIGIN = "http://127.0.0.1:" + WorkbenchTestSupport.HTTP_PORT;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** A user name and password for HTTP Basic authentication. */
    record Login(String user, String password) {
        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return user; // never the password, even in assertion messages
        }
    }

    /** A response read over a socket. */
    record RawResponse(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    /**
     * @param method GET, POST, DELETE, ...
     * @param target path and query, already percent-encoded as they are to be sent
     * @param login the credentials, or null for none
     * @param body the body, or null for none
     * @param headers name, value, name, value, ...
     */
    HttpResponse<byte[]> send(String method, String target, Login login, byte[] body, String... headers)
            throws IOException, InterruptedException {
        return http.send(request(method, target, login, body, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String method, String target, Login login, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + target)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (login != null) {
            request.header("Authorization", login.header());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    HttpClient client() {
        return http;
    }

    /**
     * Sends a request line exactly as given (bytes as UTF-8), as HTTP/1.0 so the answer ends with
     * the connection.
     */
    static RawResponse raw(String method, String target, Login login) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", WorkbenchTestSupport.HTTP_PORT)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1:").append(WorkbenchTestSupport.HTTP_PORT).append("\r\n");
            if (login != null) {
                request.append("Authorization: ").append(login.header()).append("\r\n");
            }
            request.append("X-Requested-By: corpusbench-itests\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] response = socket.getInputStream().readAllBytes();
            return parse(response);
        }
    }

    private static RawResponse parse(byte[] response) throws IOException {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException("No complete response head in " + new String(response, StandardCharsets.ISO_8859_1));
        }
        String[] head = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new RawResponse(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("Truncated chunked body");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            int semicolon = line.indexOf(";");
            int size = Integer.parseInt((semicolon < 0 ? line.toString() : line.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            in.skip(2);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** @return the text percent-encoded as one path segment or query value: everything but unreserved ASCII escaped */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
