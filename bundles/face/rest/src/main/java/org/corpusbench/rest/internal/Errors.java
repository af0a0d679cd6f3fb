package org.corpusbench.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Error answers in the API's one shape, {@code {"status":404,"error":"..."}}. */
final class Errors {
    static final String REALM = "Basic realm=\"Corpus Workbench\", charset=\"UTF-8\"";

    private Errors() {
    }

    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Wire.Error(status, message)).build();
    }

    /** 401 with the challenge a client answers with HTTP Basic credentials. */
    static Response unauthorized() {
        return Response.fromResponse(response(401, "Log in with HTTP Basic authentication"))
                .header("WWW-Authenticate", REALM).build();
    }
}
