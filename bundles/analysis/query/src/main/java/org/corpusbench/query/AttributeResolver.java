package org.corpusbench.query;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The token attributes queries may name. {@link #standard()} knows {@code word} (the token's text) and
 * {@code type} (its {@link org.corpusbench.api.TokenType}); a future attribute such as {@code pos} is added
 * with {@link #with(TypeAttribute)}, without touching the grammar or the engine. Immutable.
 */
public final class AttributeResolver {

    private final Map<String, TypeAttribute> attributes;

    private AttributeResolver(Map<String, TypeAttribute> attributes) {
        this.attributes = Collections.unmodifiableMap(attributes);
    }

    /** @return the resolver for {@code word}, {@code type} and {@code pos} (which needs a corpus with tags) */
    public static AttributeResolver standard() {
        return new AttributeResolver(new TreeMap<>()).with(new WordAttribute()).with(new TokenTypeAttribute())
                .with(new PosAttribute());
    }

    /**
     * @param attribute an attribute to add, or to replace the one of the same name
     * @return a resolver that also knows it
     */
    public AttributeResolver with(TypeAttribute attribute) {
        Map<String, TypeAttribute> more = new TreeMap<>(attributes);
        more.put(attribute.name(), attribute);
        return new AttributeResolver(more);
    }

    /**
     * @param name an attribute name as written in a query
     * @return the attribute, if known
     */
    public Optional<TypeAttribute> find(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** @return the known attribute names, sorted */
    public List<String> names() {
        return List.copyOf(attributes.keySet());
    }

    /**
     * Compiles the pattern of a test as the engine runs it: matching the whole value, ignoring case
     * (Unicode-aware, so Latin letters with diacritics fold too) with {@code %c} or if the attribute always does.
     *
     * @param test a known attribute's test
     * @return the compiled pattern
     * @throws IllegalArgumentException if the attribute is unknown (the parser reports that earlier)
     */
    public Pattern compile(Constraint.Attribute test) {
        TypeAttribute attribute = find(test.attribute())
                .orElseThrow(() -> new IllegalArgumentException("unknown attribute " + test.attribute()));
        boolean ignoreCase = test.ignoreCase() || attribute.alwaysIgnoresCase();
        return Pattern.compile(test.pattern(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }
}
