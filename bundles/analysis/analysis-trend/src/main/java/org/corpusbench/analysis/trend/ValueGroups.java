package org.corpusbench.analysis.trend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;

/**
 * The groups a trend's documents fall in: built document by document, then numbered in code-point
 * order of their names. A few ints per document and per group; a document with several values
 * belongs to several groups.
 */
final class ValueGroups {
    private final String key;
    private final Period period;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Document d's groups are members[first[d] .. first[d + 1]); unselected documents have none. */
    private final int[] first;
    private int[] members = new int[1024];
    private int memberCount;
    private int nextDocument;
    private String[] names;
    private int[] order;

    ValueGroups(int documents, String key, Period period) {
        this.key = key;
        this.period = period;
        first = new int[documents + 1];
    }

    /**
     * Adds the next selected document; documents come in ascending order.
     *
     * @return the (provisional) group numbers it belongs to, valid until the next call
     * @throws CorpusException if a value is not a date the period can cut
     */
    int[] add(CorpusView corpus, int document) {
        while (nextDocument <= document) {
            first[++nextDocument] = memberCount;
        }
        int from = memberCount;
        for (String value : MetadataValues.of(corpus.metadata(document), key)) {
            String group = value.equals(MetadataValues.NONE) ? value : period.group(value);
            if (group == null) {
                throw new CorpusException("period=" + period.parameterValue() + " needs " + period.accepted()
                        + " under the metadata key '" + key + "', but document " + corpus.documentId(document) + " has '"
                        + value + "'; use period=value or select the documents with such dates");
            }
            Integer id = ids.computeIfAbsent(group, g -> ids.size());
            if (!contains(from, id)) {
                if (memberCount == members.length) {
                    members = Arrays.copyOf(members, members.length * 2);
                }
                members[memberCount++] = id;
            }
        }
        first[document + 1] = memberCount;
        return Arrays.copyOfRange(members, from, memberCount);
    }

    private boolean contains(int from, int id) {
        for (int i = from; i < memberCount; i++) {
            if (members[i] == id) {
                return true;
            }
        }
        return false;
    }

    /** Numbers the groups in code-point order of their names; call once, after the last {@link #add}. */
    void finish() {
        while (nextDocument < first.length - 1) {
            first[++nextDocument] = memberCount;
        }
        String[] provisional = new String[ids.size()];
        ids.forEach((name, id) -> provisional[id] = name);
        Integer[] sorted = new Integer[provisional.length];
        Arrays.setAll(sorted, i -> i);
        Arrays.sort(sorted, (a, b) -> CodePointOrder.compare(provisional[a], provisional[b]));
        names = new String[provisional.length];
        order = new int[provisional.length];
        for (int i = 0; i < sorted.length; i++) {
            names[i] = provisional[sorted[i]];
            order[sorted[i]] = i;
        }
        for (int i = 0; i < memberCount; i++) {
            members[i] = order[members[i]];
        }
    }

    /** @return the provisional number's final one, after {@link #finish()} */
    int finalId(int provisional) {
        return order[provisional];
    }

    /** @return the groups' names in order, after {@link #finish()} */
    String[] names() {
        return names;
    }

    /** @return the first of the document's entries in {@link #member(int)} */
    int from(int document) {
        return first[document];
    }

    /** @return the entry after the document's last one */
    int to(int document) {
        return first[document + 1];
    }

    /** @return the group of an entry, after {@link #finish()} */
    int member(int entry) {
        return members[entry];
    }
}
