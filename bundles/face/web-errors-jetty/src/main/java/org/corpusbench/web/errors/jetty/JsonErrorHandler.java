package org.corpusbench.web.errors.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.web.errors.body.ErrorBody;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The Jetty server's error handler (set by this fragment's {@code jetty.xml}): JSON for the errors Jetty answers
 * before or outside any context, which Jetty would answer in HTML.
 */
public class JsonErrorHandler extends ErrorHandler {

    /** Should some path still reach Jetty's HTML writer, it shows neither stacks nor servlet names. */
    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Jetty leaves the body out for methods other than GET, POST and HEAD; a DELETE's error gets JSON too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** Errors after the request was parsed (a bad URI found while dispatching, no context): JSON whatever the Accept. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        byte[] body = ErrorBody.json(code, message);
        response.setContentType(ErrorBody.CONTENT_TYPE);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Requests Jetty rejects while parsing them: bad URI or method (400), URI too long (414), headers too large (431). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ErrorBody.CONTENT_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, ErrorBody.CACHE_CONTROL);
        return ByteBuffer.wrap(ErrorBody.json(status, reason));
    }
}
