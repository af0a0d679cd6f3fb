package org.corpusbench.web.page.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {
    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordAsUtf8TheFirstColonSplitting() {
        BasicCredentials credentials = BasicCredentials.parse(basic("读者:pa:ss")).orElseThrow();
        assertEquals("读者", credentials.user());
        assertEquals("pa:ss", credentials.password());
        assertEquals("读者", credentials.toString());
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        for (String header : new String[] {null, "", "Bearer abc", "Basic !!!", basic("no-colon"), basic(":password")}) {
            assertTrue(BasicCredentials.parse(header).isEmpty(), String.valueOf(header));
        }
    }

    @Test
    void escapesTheUserInJson() {
        assertEquals("{\"user\":\"a\\\"b\\\\c\\u0001\",\"admin\":false}", Me.json("a\"b\\c\u0001", false));
    }
}
