package org.corpusbench.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One REST endpoint: method, path template, the role it needs, whether it is heavy work that
 * goes through the bounded {@link WorkGate}, and what it does. The API's routes form one table
 * ({@link CorpusApi#routes()}), which routes requests, is served as the API's index and is walked
 * by the security tests, so an endpoint cannot exist without a role.
 *
 * @param method HTTP method
 * @param path template below {@code /corpus/api}, with variables in braces: {@code corpora/{corpus}}
 * @param role who may call it
 * @param heavy whether it runs through the work gate
 * @param summary one line for the index
 * @param handler what it does
 */
record Route(String method, String path, Role role, boolean heavy, String summary, Handler handler) {

    /** Who may call an endpoint. */
    enum Role { READER, ADMIN }

    /** What an endpoint does. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws IOException;
    }

    /**
     * A matched request.
     *
     * @param request the parsed path and query
     * @param variables the template's variables, decoded
     * @param http the servlet request, for the body and headers
     * @param response where the answer goes
     */
    record Call(ApiRequest request, Map<String, String> variables, HttpServletRequest http, HttpServletResponse response) {
        String variable(String name) {
            return variables.get(name);
        }
    }

    /** @return the template's variables bound to the segments, if the segments fit the template */
    Optional<Map<String, String>> match(List<String> segments) {
        String[] parts = path.isEmpty() ? new String[0] : path.split("/");
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{")) {
                variables.put(parts[i].substring(1, parts[i].length() - 1), segments.get(i));
            } else if (!parts[i].equals(segments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    /** @return whether the call changes nothing (so needs no protection against cross-site requests) */
    boolean safe() {
        return method.equals("GET") || method.equals("HEAD");
    }
}
