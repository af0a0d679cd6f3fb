package org.corpusbench.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Canonical CQL text of a tree. Every compound child is parenthesised, so the printed form parses back
 * to exactly the same tree without the printer having to reason about precedence.
 */
final class CqlPrinter {

    private CqlPrinter() {
    }

    static String print(Query query) {
        String body = query.body() instanceof Node.Alternation alternation
                ? join(alternation.alternatives(), " | ") // a bare top-level alternation reads better
                : print(query.body());
        return query.within().map(region -> body + " within " + region).orElse(body);
    }

    static String print(Node node) {
        if (node instanceof Node.Token token) {
            return token.constraint().map(c -> "[" + print(c) + "]").orElse("[]");
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.elements().stream()
                    .map(e -> e instanceof Node.Token || e instanceof Node.Repeat ? print(e) : "(" + print(e) + ")")
                    .collect(Collectors.joining(" "));
        }
        if (node instanceof Node.Alternation alternation) {
            return "(" + join(alternation.alternatives(), " | ") + ")";
        }
        Node.Repeat repeat = (Node.Repeat) node;
        String body = repeat.body() instanceof Node.Token ? print(repeat.body()) : "(" + unwrapped(repeat.body()) + ")";
        return body + quantifier(repeat);
    }

    static String print(Constraint constraint) {
        if (constraint instanceof Constraint.Attribute a) {
            return a.attribute() + (a.negated() ? "!=" : "=") + quote(a.pattern()) + (a.ignoreCase() ? "%c" : "");
        }
        if (constraint instanceof Constraint.And and) {
            return and.operands().stream().map(CqlPrinter::operand).collect(Collectors.joining(" & "));
        }
        if (constraint instanceof Constraint.Or or) {
            return or.operands().stream().map(CqlPrinter::operand).collect(Collectors.joining(" | "));
        }
        return "!" + operand(((Constraint.Not) constraint).operand());
    }

    /** The body of a group without the parentheses print(Node) would add for an alternation. */
    private static String unwrapped(Node node) {
        return node instanceof Node.Alternation alternation ? join(alternation.alternatives(), " | ") : print(node);
    }

    private static String join(List<Node> nodes, String separator) {
        // a sequence inside an alternation needs no parentheses since '|' binds loosest;
        // a nested alternation keeps its own, which print(Node) adds
        return nodes.stream().map(CqlPrinter::print).collect(Collectors.joining(separator));
    }

    private static String operand(Constraint c) {
        return c instanceof Constraint.And || c instanceof Constraint.Or ? "(" + print(c) + ")" : print(c);
    }

    private static String quantifier(Node.Repeat r) {
        if (r.min() == 0 && r.max() == 1) {
            return "?";
        }
        if (r.unbounded()) {
            return r.min() == 0 ? "*" : r.min() == 1 ? "+" : "{" + r.min() + ",}";
        }
        return r.min() == r.max() ? "{" + r.min() + "}" : "{" + r.min() + "," + r.max() + "}";
    }

    /**
     * Double-quoted string. Only quotes and the backslashes that would otherwise be read as an escape
     * (before a quote, a backslash or the closing quote) are escaped, so regex escapes like {@code \d}
     * stay readable.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append("\\\"");
            } else if (c == '\\') {
                char next = i + 1 < value.length() ? value.charAt(i + 1) : '"';
                out.append(next == '\\' || next == '"' ? "\\\\" : "\\");
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
