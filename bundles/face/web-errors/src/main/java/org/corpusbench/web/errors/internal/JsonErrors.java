package org.corpusbench.web.errors.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.web.errors.body.ErrorBody;

/** Writes an error response with the JSON body. */
final class JsonErrors {
    private JsonErrors() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = ErrorBody.json(status, message);
        response.setStatus(status);
        response.setHeader("Cache-Control", ErrorBody.CACHE_CONTROL);
        response.setContentType(ErrorBody.CONTENT_TYPE);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }
}
