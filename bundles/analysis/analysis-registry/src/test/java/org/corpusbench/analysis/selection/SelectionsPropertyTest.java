package org.corpusbench.analysis.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Subcorpus;
import org.corpusbench.testing.TestCorpus;

/**
 * Random small corpora with random metadata and random expressions: the selection equals what a
 * naive evaluator, written here from the documented rules, selects.
 */
class SelectionsPropertyTest {
    private static final List<String> KEYS = List.of("page", "date", "reporters", "title", "a&b", "my key", "x=y", "id",
            "source");
    private static final List<String> VALUES = List.of("1", "01", "1.0", "2", "10", "-3", "+2", "2023-03-01",
            "2023-03-15", "2023-04-01", "--03-05", "2023-3-1", "2023-02-30", "赵宗锋", "赵宗锋、李明", "宗", "a b", "x&y",
            "a=b", "a<b", "say \"hi\"", "C:\\x", "", "doc1", "doc0", "@a", "0-1");
    private static final List<String> ORDERED_VALUES = List.of("1", "01", "2", "10", "-3", "1.5", "2023-03-01",
            "2023-03-15", "2023-04-01");
    private static final List<String> OPERATORS = List.of("=", "!=", "~", "<", "<=", ">", ">=");
    private static final List<String> SPACES = List.of("", "", " ", "  ");

    /** A term of a generated expression: how to write it, and what it selects, computed naively. */
    private interface Term {
        String write(Random random);

        boolean selects(int document, List<Map<String, String>> metadata);
    }

    private record Comparison(String key, String operator, String value) implements Term {
        @Override
        public String write(Random random) {
            return text(key, random) + pick(SPACES, random) + operator + pick(SPACES, random) + text(value, random);
        }

        @Override
        public boolean selects(int document, List<Map<String, String>> metadata) {
            String actual = key.equals("id") || key.equals("source") ? "doc" + document : metadata.get(document).get(key);
            if (actual == null) {
                return operator.equals("!=");
            }
            switch (operator) {
                case "=":
                    return equal(actual, value);
                case "!=":
                    return !equal(actual, value);
                case "~":
                    return actual.contains(value);
                default:
                    Integer order = isNumber(value) ? (isNumber(actual) ? new BigDecimal(actual).compareTo(new BigDecimal(value)) : null)
                            : (isDate(actual) ? LocalDate.parse(actual).compareTo(LocalDate.parse(value)) : null);
                    if (order == null) {
                        return false;
                    }
                    return switch (operator) {
                        case "<" -> order < 0;
                        case "<=" -> order <= 0;
                        case ">" -> order > 0;
                        default -> order >= 0;
                    };
            }
        }
    }

    private record Indices(List<int[]> ranges) implements Term {
        @Override
        public String write(Random random) {
            return ranges.stream().map(r -> r[0] == r[1] && random.nextBoolean() ? String.valueOf(r[0])
                    : r[0] + pick(SPACES, random) + "-" + pick(SPACES, random) + r[1])
                    .collect(Collectors.joining(random.nextBoolean() ? "," : ", "));
        }

        @Override
        public boolean selects(int document, List<Map<String, String>> metadata) {
            return ranges.stream().anyMatch(r -> r[0] <= document && document <= r[1]);
        }
    }

    private record All() implements Term {
        @Override
        public String write(Random random) {
            return "all";
        }

        @Override
        public boolean selects(int document, List<Map<String, String>> metadata) {
            return true;
        }
    }

    private record Saved(String name, List<Term> definition) implements Term {
        @Override
        public String write(Random random) {
            return "@" + name;
        }

        @Override
        public boolean selects(int document, List<Map<String, String>> metadata) {
            return definition.stream().allMatch(t -> t.selects(document, metadata));
        }
    }

    @Property(tries = 400)
    void selectsWhatANaiveEvaluatorSelects(@ForAll Random random) {
        int documents = 1 + random.nextInt(6);
        Map<String, Map<String, String>> corpusDocuments = new LinkedHashMap<>();
        List<Map<String, String>> metadata = new ArrayList<>();
        int[] sizes = new int[documents];
        for (int d = 0; d < documents; d++) {
            Map<String, String> entries = new HashMap<>();
            for (String key : KEYS) {
                if (random.nextInt(10) < 6) {
                    entries.put(key, pick(VALUES, random));
                }
            }
            metadata.add(entries);
            sizes[d] = 1 + random.nextInt(4);
            corpusDocuments.put(String.join(" ", Collections.nCopies(sizes[d], "字" + d)), entries);
        }
        MetadataOnlyCorpus corpus = new MetadataOnlyCorpus(TestCorpus.withMetadata("c", corpusDocuments));
        SavedSubcorpora repository = new SavedSubcorpora().with(corpus);
        Selections selections = new Selections(repository);

        Saved saved = new Saved("s-" + random.nextInt(3), terms(random, documents, null));
        String definition = write(saved.definition(), random);
        Subcorpus created = selections.create("c", saved.name(), definition);
        List<Integer> expectedSaved = naive(saved.definition(), documents, metadata);
        assertEquals(expectedSaved.size(), created.documents(), definition);
        assertEquals(expectedSaved.stream().mapToLong(d -> sizes[d]).sum(), created.tokens(), definition);

        List<Term> terms = terms(random, documents, saved);
        String expression = write(terms, random);
        DocumentSelection selection = selections.select(corpus, expression);
        List<Integer> actual = IntStream.range(0, documents).filter(selection::contains).boxed().toList();

        assertEquals(naive(terms, documents, metadata), actual, expression + " on " + metadata);
    }

    private static List<Term> terms(Random random, int documents, Saved saved) {
        List<Term> terms = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                String operator = pick(OPERATORS, random);
                String value = pick(operator.length() == 1 && "=~".contains(operator) || operator.equals("!=") ? VALUES
                        : ORDERED_VALUES, random);
                terms.add(new Comparison(pick(KEYS, random), operator, value));
            } else if (kind < 8) {
                List<int[]> ranges = new ArrayList<>();
                for (int r = random.nextInt(3); r >= 0; r--) {
                    int from = random.nextInt(documents);
                    ranges.add(new int[] {from, from + random.nextInt(documents - from)});
                }
                terms.add(new Indices(ranges));
            } else if (kind == 8 || saved == null) {
                terms.add(new All());
            } else {
                terms.add(saved);
            }
        }
        return terms;
    }

    private static String write(List<Term> terms, Random random) {
        return pick(SPACES, random) + terms.stream().map(t -> t.write(random))
                .collect(Collectors.joining(pick(SPACES, random) + "&" + pick(SPACES, random))) + pick(SPACES, random);
    }

    private static List<Integer> naive(List<Term> terms, int documents, List<Map<String, String>> metadata) {
        List<Integer> selected = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            boolean all = true;
            for (Term term : terms) {
                all &= term.selects(d, metadata);
            }
            if (all) {
                selected.add(d);
            }
        }
        return selected;
    }

    /** Quotes when it must, and sometimes when it need not. */
    private static String text(String text, Random random) {
        boolean plain = !text.isEmpty() && text.chars().noneMatch(c -> c == ' ' || c == '"' || "&=!<>~".indexOf(c) >= 0)
                && !text.startsWith("@");
        if (plain && random.nextBoolean()) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean equal(String a, String b) {
        return a.equals(b) || isNumber(a) && isNumber(b) && new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    }

    private static boolean isNumber(String text) {
        return text.matches("[+-]?[0-9]+(\\.[0-9]+)?");
    }

    private static boolean isDate(String text) {
        try {
            return text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && LocalDate.parse(text) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
