package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.junit.jupiter.api.Test;

class AnalysesCommandTest {

    @Test
    void showsChoicesAndBoundsAsPeopleWriteThem() {
        ParameterSpec sort = new ParameterSpec("sort", ParameterType.STRING, "corpus", "order").oneOf("corpus", "node");
        assertEquals("corpus|node", AnalysesCommand.allowed(sort));
        ParameterSpec n = new ParameterSpec("n", ParameterType.INTEGER, "2", "length").between(2, 6);
        assertEquals("2..6", AnalysesCommand.allowed(n));
        ParameterSpec atLeastOne = new ParameterSpec("min_count", ParameterType.INTEGER, "1", "least").between(1, null);
        assertEquals("1..", AnalysesCommand.allowed(atLeastOne));
        ParameterSpec share = new ParameterSpec("p", ParameterType.DECIMAL, "0.5", "share").between(0.05, 1);
        assertEquals("0.05..1", AnalysesCommand.allowed(share));
        assertEquals("", AnalysesCommand.allowed(new ParameterSpec("q", ParameterType.QUERY, null, "query")));
    }
}
