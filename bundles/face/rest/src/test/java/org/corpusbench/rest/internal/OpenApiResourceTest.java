package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.List;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.analysis.AnalysisService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

class OpenApiResourceTest {
    private static Map<String, Object> resourceProperties(String name) {
        return Map.of("osgi.jaxrs.resource", "true", "osgi.jaxrs.name", name, "osgi.jaxrs.application.select",
                RestApplication.SELECT);
    }

    @Test
    void findsTheApplicationsOtherResourcesByTheirWhiteboardProperties() throws Exception {
        Filter filter = FrameworkUtil.createFilter(OpenApiResource.OTHER_RESOURCES);
        assertTrue(filter.matches(resourceProperties("corpusbench-v1-corpora")));
        assertTrue(filter.matches(resourceProperties("jobs-of-another-bundle")));
        assertFalse(filter.matches(resourceProperties(OpenApiResource.NAME)));
        assertFalse(filter.matches(Map.of("osgi.jaxrs.resource", "true", "osgi.jaxrs.name", "elsewhere")));
    }

    @Test
    void documentsTheResourcesRegisteredNowAndGivesThemBack() throws Exception {
        BundleContext context = mock(BundleContext.class);
        ServiceReference<?> corpora = mock(ServiceReference.class);
        ServiceReference<?> gone = mock(ServiceReference.class);
        when(context.getServiceReferences((String) isNull(), any())).thenReturn(new ServiceReference<?>[] {corpora, gone});
        when(context.getService(corpora)).thenAnswer(call -> new CorporaResource(mock(CorpusRepository.class), mock(Subcorpora.class), null));
        when(context.getService(gone)).thenReturn(null);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) new OpenApiResource(context).document().get("paths");
        Map<String, Object> expected = new OpenApiGenerator(RestApplication.BASE, RestApplication.VERSION)
                .document(List.of(OpenApiResource.class, CorporaResource.class));
        assertEquals(expected.get("paths"), paths);
        assertTrue(paths.containsKey("/corpora/{corpus}") && paths.containsKey("/openapi.json"));
        verify(context).ungetService(corpora);
        assertFalse(paths.containsKey("/analyses"), AnalysisService.class + " resource was not registered");
    }
}
