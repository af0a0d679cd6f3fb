package org.corpusbench.analysis.selection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The term {@code 0-3,7}: document indices and inclusive ranges in ASCII digits. Read strictly when
 * parsed; checked against the corpus size when evaluated. Immutable.
 */
final class DocumentIndices {
    /** An item as written, with its bounds; a bound beyond any int is {@link Long#MAX_VALUE}. */
    private record Item(String text, String fromText, long from, String toText, long to) {
    }

    private final List<Item> items;

    private DocumentIndices(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** @throws IllegalArgumentException naming the item that cannot be read */
    static DocumentIndices parse(String term) {
        List<Item> items = new ArrayList<>();
        // -1 keeps trailing empty parts, so "1," is an error rather than "1".
        for (String untrimmed : term.split(",", -1)) {
            String part = untrimmed.trim();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("an item between commas is empty");
            }
            String[] bounds = part.split("-", -1);
            if (bounds.length > 2) {
                throw new IllegalArgumentException("'" + part + "' is not an index or a range");
            }
            String from = bound(bounds[0], part);
            String to = bounds.length == 2 ? bound(bounds[1], part) : from;
            items.add(new Item(part, from, value(from), to, value(to)));
        }
        return new DocumentIndices(items);
    }

    private static String bound(String text, String part) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("'" + part + "' is missing a document index");
        }
        // Digits 0-9 only: Integer.parseInt would take "+1" and full-width or Arabic-Indic digits.
        if (!ParameterText.isDigits(trimmed)) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a document index");
        }
        return trimmed;
    }

    /** A long, so that an index beyond int is "does not exist" rather than a parse error. */
    private static long value(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /**
     * @param documentCount how many documents the corpus has
     * @return the documents the items name
     * @throws IllegalArgumentException if an index is beyond the corpus or a range runs backwards
     */
    BitSet documents(int documentCount) {
        BitSet documents = new BitSet();
        for (Item item : items) {
            exists(item.fromText(), item.from(), documentCount);
            exists(item.toText(), item.to(), documentCount);
            if (item.to() < item.from()) {
                throw new IllegalArgumentException("range '" + item.text() + "' runs backwards");
            }
            documents.set((int) item.from(), (int) item.to() + 1);
        }
        return documents;
    }

    private static void exists(String text, long index, int documentCount) {
        if (index >= documentCount) {
            throw new IllegalArgumentException("document " + text + " does not exist (the corpus has " + documentCount
                    + ", numbered from 0)");
        }
    }
}
