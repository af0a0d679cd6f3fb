package org.corpusbench.rest.internal;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * Writes the OpenAPI 3 document of resource classes from the annotations JAX-RS routes by ({@code @Path},
 * {@code @GET}..., {@code @PathParam}, {@code @QueryParam}, {@code @DefaultValue}, {@code @Produces}) and ours
 * ({@link RequiresRole} as the security requirement, {@link Summary}, {@link WholeNumber}, {@link AlsoAnswers}); a parameter with
 * none of JAX-RS's annotations is the request body, an {@code InputStream} one any bytes. So the document
 * cannot describe a route that does not exist or miss one that does. Response schemas come from the
 * methods' return types: records become component schemas. One generator per document: it collects
 * the schemas as it goes, so it is not thread-safe.
 */
public final class OpenApiGenerator {
    /** The extension naming the role an operation needs: {@code reader}, {@code admin} or {@code none}. */
    public static final String ROLE_EXTENSION = "x-corpusbench-role";
    private static final List<String> ERRORS = List.of("400", "401", "403", "404", "500");

    private final String base;
    private final String version;
    private final Map<String, Object> schemas = new TreeMap<>();

    /**
     * @param base where the application answers, such as {@code /corpus/api/v1}
     * @param version the API's version, for the document's info
     */
    public OpenApiGenerator(String base, String version) {
        this.base = base;
        this.version = version;
    }

    /**
     * @param resources the resource classes
     * @return the document as nested maps and lists, ready for a JSON writer
     */
    public Map<String, Object> document(Collection<Class<?>> resources) {
        schemas.clear();
        schemas.put("Error", schema(Wire.Error.class));
        Map<String, Object> paths = new TreeMap<>();
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(resource -> {
            Arrays.stream(resource.getMethods()).sorted(Comparator.comparing(Method::getName)).forEach(method -> {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path(resource, method),
                            path -> new LinkedHashMap<String, Object>());
                    item.put(httpMethod.toLowerCase(java.util.Locale.ROOT), operation(resource, method));
                }
            });
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Corpus Workbench REST API", "version", version,
                "description", "Corpora, documents and analyses of the Corpus Workbench. Every operation needs HTTP Basic "
                        + "authentication and the role named in " + ROLE_EXTENSION + "; a request that changes anything "
                        + "also needs the header " + CrossSiteCheck.HEADER + "."));
        document.put("servers", List.of(Map.of("url", base)));
        document.put("security", List.of(Map.of("basic", List.of())));
        document.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", Map.of("basic", Map.of("type", "http", "scheme", "basic")));
        components.put("schemas", new TreeMap<>(schemas));
        document.put("components", components);
        return document;
    }

    /** @return the HTTP method of a resource method, or null if it is none */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** @return the method's path template below the application, {@code /corpora/{corpus}} */
    static String path(Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder();
        for (Path part : new Path[] {resource.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            if (part != null) {
                for (String segment : part.value().split("/")) {
                    if (!segment.isEmpty()) {
                        // a template variable's regular expression is routing detail, not part of its name
                        path.append('/').append(segment.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}"));
                    }
                }
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private Map<String, Object> operation(Class<?> resource, Method method) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", resource.getSimpleName() + "_" + method.getName());
        operation.put("tags", List.of(resource.getSimpleName().replaceFirst("Resource$", "")));
        Summary summary = method.getAnnotation(Summary.class);
        if (summary != null) {
            operation.put("summary", summary.value());
        }
        RequiresRole role = method.getAnnotation(RequiresRole.class);
        operation.put(ROLE_EXTENSION, role == null ? "none" : role.value().wireName());
        List<Map<String, Object>> parameters = Arrays.stream(method.getParameters()).map(this::parameter)
                .filter(parameter -> parameter != null).toList();
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        Arrays.stream(method.getParameters()).filter(OpenApiGenerator::isBody).findFirst()
                .ifPresent(body -> operation.put("requestBody", requestBody(body)));
        Map<String, Object> responses = new LinkedHashMap<>();
        Accepted accepted = method.getAnnotation(Accepted.class);
        if (accepted != null) {
            Map<String, Object> body = Map.of("application/json", Map.of("schema", schema(accepted.value())));
            responses.put("202", Map.of("description", "Accepted: the work runs as a job, which Location names",
                    "content", body, "headers", Map.of("Location", Map.of("schema", Map.of("type", "string")))));
        } else if (method.getReturnType() == void.class) {
            responses.put("204", Map.of("description", "Done"));
        } else {
            Map<String, Object> content = new LinkedHashMap<>();
            Streamed streamed = method.getAnnotation(Streamed.class);
            Map<String, Object> body = Map.of("schema", schema(streamed != null ? streamed.value() : method.getGenericReturnType()));
            produces(resource, method).forEach(type -> content.put(type, body));
            responses.put("200", Map.of("description", "OK", "content", content));
        }
        Map<String, Object> error = Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")));
        List<String> errors = new java.util.ArrayList<>(ERRORS);
        AlsoAnswers more = method.getAnnotation(AlsoAnswers.class);
        if (more != null) {
            Arrays.stream(more.value()).mapToObj(Integer::toString).forEach(errors::add);
        }
        errors.stream().sorted().forEach(status -> responses.put(status, Map.of("description", description(status),
                "content", error)));
        operation.put("responses", responses);
        return operation;
    }

    /** @return whether a resource method's parameter is the request body: JAX-RS injects every other one by an annotation of its own */
    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .noneMatch(annotation -> annotation.annotationType().getName().startsWith("javax.ws.rs."));
    }

    private Map<String, Object> requestBody(Parameter body) {
        Map<String, Object> described = new LinkedHashMap<>();
        Summary summary = body.getAnnotation(Summary.class);
        if (summary != null) {
            described.put("description", summary.value());
        }
        described.put("required", true);
        Map<String, Object> schema = InputStream.class.isAssignableFrom(body.getType())
                ? Map.of("type", "string", "format", "binary") : schema(body.getParameterizedType());
        described.put("content", Map.of(MediaType.WILDCARD, Map.of("schema", schema)));
        return described;
    }

    private static String description(String status) {
        return switch (status) {
            case "400" -> "The request is wrong; the message says how";
            case "401" -> "Not logged in";
            case "403" -> "The user lacks the role, or a change came without the cross-site header";
            case "404" -> "No such corpus, document, analysis or path";
            case "409" -> "The name is taken";
            case "413" -> "The body is larger than allowed";
            case "503" -> "Too many large requests at once; Retry-After says when to try again";
            default -> "The server failed";
        };
    }

    private static List<String> produces(Class<?> resource, Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getAnnotation(Produces.class);
        }
        return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
    }

    private Map<String, Object> parameter(Parameter parameter) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (path == null && query == null) {
            return null;
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", path != null ? path.value() : query.value());
        described.put("in", path != null ? "path" : "query");
        described.put("required", path != null);
        Summary summary = parameter.getAnnotation(Summary.class);
        if (summary != null) {
            described.put("description", summary.value());
        }
        // a repeated query parameter (?include=a&include=b) is an array, as OpenAPI's default form style reads it
        Map<String, Object> schema = new LinkedHashMap<>(parameter.isAnnotationPresent(WholeNumber.class)
                ? Map.of("type", "integer") : Collection.class.isAssignableFrom(parameter.getType())
                ? schema(parameter.getParameterizedType()) : simpleSchema(parameter.getType()));
        DefaultValue fallback = parameter.getAnnotation(DefaultValue.class);
        if (fallback != null) {
            schema.put("default", parameter.isAnnotationPresent(WholeNumber.class) ? Long.valueOf(fallback.value())
                    : fallback.value());
        }
        described.put("schema", schema);
        return described;
    }

    private static Map<String, Object> simpleSchema(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Map.of("type", "integer");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return Map.of("type", "number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return Map.of("type", "string");
        }
        return null;
    }

    /** @return the schema of a Java type, registering records as component schemas */
    Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(arguments[1]));
            }
            return Map.of("type", "object");
        }
        if (!(type instanceof Class<?> plain) || plain == Object.class) {
            return Map.of(); // any JSON value: a table cell is text or a number
        }
        Map<String, Object> simple = simpleSchema(plain);
        if (simple != null) {
            return simple;
        }
        if (plain.isRecord()) {
            String name = plain.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // a placeholder, so a record that holds itself ends
                Map<String, Object> properties = new LinkedHashMap<>();
                for (RecordComponent component : plain.getRecordComponents()) {
                    properties.put(component.getName(), schema(component.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", properties));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }
}
