package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

class OpenApiGeneratorTest {
    /** Every resource class of this bundle: the test below fails if one is added without being listed here. */
    static final List<Class<?>> RESOURCES = List.of(CorporaResource.class, SubcorporaResource.class,
            AnalysesResource.class, OpenApiResource.class, JobsResource.class, RecleanResource.class, RenameResource.class,
            TokensResource.class, ConcordanceResource.class, SegmentResource.class, SegmentersResource.class,
            CleaningResource.class);

    private final ObjectMapper json = JsonProvider.mapper();

    private JsonNode document(List<Class<?>> resources) {
        return json.valueToTree(new OpenApiGenerator(RestApplication.BASE, RestApplication.VERSION).document(resources));
    }

    @Test
    void everyResourceMethodIsInTheDocumentWithItsRole() {
        JsonNode paths = document(RESOURCES).get("paths");
        int operations = 0;
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getMethods()) {
                String http = OpenApiGenerator.httpMethod(method);
                if (http == null) {
                    continue;
                }
                operations++;
                String path = OpenApiGenerator.path(resource, method);
                JsonNode operation = paths.path(path).path(http.toLowerCase(Locale.ROOT));
                assertFalse(operation.isMissingNode(), http + " " + path + " is missing");
                RequiresRole role = method.getAnnotation(RequiresRole.class);
                assertNotNull(role, method + " declares no role");
                assertEquals(role.value().wireName(), operation.get(OpenApiGenerator.ROLE_EXTENSION).asText());
            }
        }
        int documented = 0;
        for (JsonNode item : paths) {
            documented += item.size();
        }
        assertEquals(operations, documented, "the document has operations no resource method declares");
        assertTrue(paths.has("/corpora/{corpus}/documents/{id}"));
        assertTrue(paths.path("/analyses/{analysis}/run").has("get"));
        assertEquals("admin", paths.path("/corpora/{corpus}").path("delete").path(OpenApiGenerator.ROLE_EXTENSION).asText());
        assertTrue(paths.path("/corpora/{corpus}").path("delete").path("responses").has("204"));
    }

    @Test
    void theDocumentHasTheShapeOfOpenApi3() {
        JsonNode document = document(RESOURCES);
        assertTrue(document.get("openapi").asText().matches("3\\.\\d+\\.\\d+"));
        assertFalse(document.path("info").path("title").asText().isEmpty());
        assertEquals(RestApplication.VERSION, document.path("info").path("version").asText());
        assertEquals(RestApplication.BASE, document.path("servers").path(0).path("url").asText());
        JsonNode basic = document.path("components").path("securitySchemes").path("basic");
        assertEquals("http", basic.path("type").asText());
        assertEquals("basic", basic.path("scheme").asText());
        assertTrue(document.path("security").path(0).has("basic"));
        Set<String> operationIds = new HashSet<>();
        JsonNode schemas = document.path("components").path("schemas");
        document.get("paths").fields().forEachRemaining(path -> {
            assertTrue(path.getKey().startsWith("/"), path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                JsonNode body = operation.getValue();
                assertTrue(operationIds.add(body.get("operationId").asText()), "operationIds are unique");
                assertTrue(body.path("responses").has("200") || body.path("responses").has("202") || body.path("responses").has("204"));
                assertTrue(body.path("responses").has("401"));
                // each template variable is a required path parameter, and no other path parameter exists
                List<String> variables = new ArrayList<>();
                Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
                List<String> declared = new ArrayList<>();
                body.path("parameters").forEach(parameter -> {
                    assertTrue(Set.of("path", "query").contains(parameter.get("in").asText()));
                    assertTrue(parameter.path("schema").isObject());
                    if (parameter.get("in").asText().equals("path")) {
                        assertTrue(parameter.get("required").asBoolean());
                        declared.add(parameter.get("name").asText());
                    }
                });
                assertEquals(variables, declared, path.getKey());
            });
        });
        // every reference resolves
        List<String> references = new ArrayList<>();
        document.findValues("$ref").forEach(reference -> references.add(reference.asText()));
        assertFalse(references.isEmpty());
        for (String reference : references) {
            assertTrue(reference.startsWith("#/components/schemas/"), reference);
            assertTrue(schemas.has(reference.substring("#/components/schemas/".length())), reference);
        }
        JsonNode page = schemas.path("DocumentPage").path("properties");
        assertEquals("array", page.path("documents").path("type").asText());
        assertEquals("integer", page.path("total").path("type").asText());
    }

    @Test
    void statusesBeyondTheCommonOnesAreDocumentedWhereTheyCanBeAnswered() {
        JsonNode paths = document(RESOURCES).path("paths");
        assertTrue(paths.path("/corpora/{corpus}/rename").path("post").path("responses").has("409"));
        assertTrue(paths.path("/segment").path("post").path("responses").has("413"));
        assertTrue(paths.path("/segment").path("post").path("responses").has("503"));
        assertTrue(paths.path("/corpora/{corpus}/concordance").path("get").path("responses").has("503"));
        assertFalse(paths.path("/corpora/{corpus}").path("get").path("responses").has("409"));
        assertFalse(paths.path("/corpora/{corpus}").path("get").path("responses").has("503"));
    }

    @Test
    void aBodyIsDocumentedWhereAMethodReadsOne() {
        JsonNode paths = document(RESOURCES).path("paths");
        JsonNode upload = paths.path("/corpora/{corpus}").path("post").path("requestBody");
        assertTrue(upload.path("required").asBoolean());
        assertEquals("binary", upload.path("content").path("*/*").path("schema").path("format").asText());
        assertFalse(upload.path("description").asText().isEmpty());
        assertTrue(paths.path("/segment").path("post").has("requestBody"));
        // neither the user (@Context) nor the query parameters are a body
        assertFalse(paths.path("/corpora/{corpus}/reclean").path("post").has("requestBody"));
        assertFalse(paths.path("/corpora/{corpus}/documents").path("get").has("requestBody"));
        JsonNode include = null;
        for (JsonNode parameter : paths.path("/corpora/{corpus}").path("post").path("parameters")) {
            include = parameter.get("name").asText().equals("include") ? parameter : include;
        }
        assertEquals("array", include.path("schema").path("type").asText());
        assertEquals("string", include.path("schema").path("items").path("type").asText());
        JsonNode kept = document(RESOURCES).path("components").path("schemas").path("Document").path("properties").path("kept");
        assertEquals("integer", kept.path("items").path("items").path("type").asText());
    }

    @Test
    void parametersCarryTheirTypesAndDefaults() {
        JsonNode parameters = document(RESOURCES).path("paths").path("/corpora/{corpus}/documents").path("get").path("parameters");
        JsonNode limit = null;
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asText().equals("limit")) {
                limit = parameter;
            }
        }
        assertNotNull(limit);
        assertEquals("query", limit.get("in").asText());
        assertEquals("integer", limit.path("schema").path("type").asText());
        assertEquals(20, limit.path("schema").path("default").asInt());
    }

    /** A resource of another bundle: routed the same way, so documented the same way, its missing role shown. */
    @Path("/jobs/")
    public static final class JobsLike {
        @GET
        @Path("{job: [0-9a-f]+}")
        public Wire.Error job(@PathParam("job") String job) {
            return null;
        }

        @POST
        @RequiresRole(Role.ADMIN)
        public void start() {
        }
    }

    @Test
    void anyResourceClassIsDocumentedFromItsAnnotations() {
        JsonNode paths = document(List.of(JobsLike.class)).get("paths");
        assertEquals("none", paths.path("/jobs/{job}").path("get").path(OpenApiGenerator.ROLE_EXTENSION).asText());
        assertEquals("admin", paths.path("/jobs").path("post").path(OpenApiGenerator.ROLE_EXTENSION).asText());
    }
}
