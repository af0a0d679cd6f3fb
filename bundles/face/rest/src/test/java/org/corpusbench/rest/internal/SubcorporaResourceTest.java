package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;
import org.junit.jupiter.api.Test;

class SubcorporaResourceTest {
    private final Subcorpora subcorpora = mock(Subcorpora.class);
    private final SubcorporaResource resource = new SubcorporaResource(subcorpora);

    @Test
    void listsSavesAndDeletes() {
        Subcorpus march = new Subcorpus("三月", "date>=2023-03-01", 12, 3456L);
        when(subcorpora.list("news")).thenReturn(List.of(march));
        assertEquals(List.of(new Wire.Subcorpus("三月", "date>=2023-03-01", 12, 3456L)), resource.subcorpora("news"));
        when(subcorpora.create("news", "三月", "date>=2023-03-01")).thenReturn(march);
        assertEquals("三月", resource.save("news", "三月", "date>=2023-03-01").name());
        when(subcorpora.delete("news", "三月")).thenReturn(true);
        resource.delete("news", "三月");
        verify(subcorpora).delete("news", "三月");
    }

    @Test
    void aMissingSelectionOrSubcorpusIsTheUsersError() {
        CorpusException missing = assertThrows(CorpusException.class, () -> resource.save("news", "x", " "));
        assertTrue(missing.getMessage().contains("selection"));
        verify(subcorpora, never()).create(any(), any(), any());
        assertThrows(NotFoundException.class, () -> resource.delete("news", "nothing"));
    }
}
