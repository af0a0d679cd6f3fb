package org.corpusbench.commands.internal;

import java.util.Locale;
import org.corpusbench.api.analysis.ColumnType;

/** How result cells read on a console: decimals rounded for the eye (exports keep every digit). */
final class CellFormat {

    private CellFormat() {
    }

    static String format(Object value, ColumnType type) {
        if (type == ColumnType.DECIMAL && value instanceof Double number) {
            return String.format(Locale.ROOT, "%.2f", number);
        }
        return String.valueOf(value);
    }
}
