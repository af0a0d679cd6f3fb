package org.corpusbench.web.errors.internal;

import java.io.IOException;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;

/**
 * The error page of the default whiteboard context: errors raised inside it but not answered by a servlet
 * itself (the 404 for an unknown path, an exception, a plain {@code sendError}) get a JSON body instead of
 * Jetty's HTML page, which echoes the URI and may show a stack trace.
 *
 * <p>Jetty dispatches to error pages for GET, POST and HEAD only; {@link JsonErrorPreprocessor} covers the
 * other methods. No pattern: Pax Web maps it at a random {@code /error-<uuid>}. Named, because Pax Web 8 names
 * every unnamed whiteboard servlet "javax.servlet.Servlet" and serves only the first of a context.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("corpusbench-json-error-page")
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx", "java.lang.Throwable"})
public final class JsonErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Requested at its own address rather than dispatched for an error: there is nothing there.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpServletResponse.SC_NOT_FOUND;
        String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String text ? text : null;
        JsonErrors.write(response, status, message);
    }
}
