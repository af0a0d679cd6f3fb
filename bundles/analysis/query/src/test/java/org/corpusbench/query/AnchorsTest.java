package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnchorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"经济\" []{0,2} \"发展\"", "\"a\"", "[]* \"a\"", "[word!=\"的\"]", "(\"a\" | \"b\" []){1,3}",
        "\"a\"? \"b\"", "[] \"a\"+ []"})
    void acceptsAnchoredQueries(String text) {
        Query query = CqlParser.parse(text);
        assertSame(query, Anchors.requireAnchor(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[]*", "[]{0,3}", "\"a\"?", "\"a\"* \"b\"{0,2}", "\"a\" | []", "(\"a\" \"b\"){0,2}"})
    void refusesQueriesWithoutAnchor(String text) {
        UnanchoredQueryException e = assertThrows(UnanchoredQueryException.class,
                () -> Anchors.requireAnchor(CqlParser.parse(text)));
        assertTrue(e.getMessage().startsWith("The query needs at least one token that is not []"), e.getMessage());
    }
}
