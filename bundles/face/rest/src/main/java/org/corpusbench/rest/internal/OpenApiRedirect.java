package org.corpusbench.rest.internal;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /corpus/api/openapi.json}, the unversioned address of the API's description, sends clients to the
 * current version's document (308, so any method is kept), which needs a login like every route. An exact
 * pattern, so it takes precedence over the servlet API's {@code /corpus/api/*}; it answers nothing else.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("corpusbench-openapi-redirect")
@HttpWhiteboardServletPattern(OpenApiRedirect.PATH)
public final class OpenApiRedirect extends HttpServlet {
    static final String PATH = "/corpus/api/openapi.json";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(308);
        response.setHeader("Location", request.getContextPath() + RestApplication.BASE + "/openapi.json");
    }
}
