package org.corpusbench.web.page.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.Test;

class CorpusConsolePluginTest {
    @Test
    void theConsolePageWantsACorpusRoleOfTheConsoleUser() {
        Subject reader = new Subject();
        reader.getPrincipals().add(new RolePrincipal("corpus-reader"));
        Subject karafAdminOnly = new Subject();
        karafAdminOnly.getPrincipals().add(new RolePrincipal("admin"));
        assertTrue(CorpusConsolePlugin.mayRead(reader));
        assertFalse(CorpusConsolePlugin.mayRead(karafAdminOnly));
        assertFalse(CorpusConsolePlugin.mayRead("admin"));
        assertFalse(CorpusConsolePlugin.mayRead(null));
    }

    @Test
    void escapesHtml() {
        assertEquals("&lt;b&gt; &amp; &#39;", CorpusConsolePlugin.html("<b> & '"));
    }

    @Test
    void downloadLinksForBrowsersWithoutScriptsUseTheVersionedApi() {
        assertEquals("<a href='/corpus/api/v1/analyses/kwic/export?corpus=news%201&amp;format=csv'>CSV</a>",
                CorpusConsolePlugin.link("news 1", "kwic", "csv"));
    }
}
