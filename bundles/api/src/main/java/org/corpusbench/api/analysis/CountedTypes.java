package org.corpusbench.api.analysis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.corpusbench.api.TokenType;

/**
 * Which kinds of token an analysis counts, as AntConc's token definition decides what a token is:
 * uncounted tokens are neither listed nor part of any total, document size or distance. Every
 * analysis that counts words offers the same choice through {@link #parameter()}.
 */
public enum CountedTypes {
    /** Chinese words, numbers and Latin words ({@link TokenType#isWord()}). */
    WORDS("words", EnumSet.of(TokenType.CHINESE_WORD, TokenType.NUMBER, TokenType.LATIN)),
    /** Chinese words only. */
    CHINESE("chinese", EnumSet.of(TokenType.CHINESE_WORD)),
    /** Every token, punctuation, symbols and whitespace included. */
    ALL("all", EnumSet.allOf(TokenType.class));

    /** The name of the parameter {@link #parameter()} declares. */
    public static final String PARAMETER = "token_types";

    private final String parameterValue;
    private final Set<TokenType> kinds;

    CountedTypes(String parameterValue, Set<TokenType> kinds) {
        this.parameterValue = parameterValue;
        this.kinds = kinds;
    }

    /** @return the standard parameter {@value #PARAMETER}: one of the choices, {@code words} by default */
    public static ParameterSpec parameter() {
        return new ParameterSpec(PARAMETER, ParameterType.STRING, WORDS.parameterValue(),
                "Which tokens are counted: words (Chinese words, numbers, Latin words), chinese, or all "
                        + "(punctuation and symbols too)").oneOf(parameterValues());
    }

    /**
     * @param parameters an analysis's bound parameters, among them {@link #parameter()}
     * @return the choice they make
     */
    public static CountedTypes of(Parameters parameters) {
        return ofParameter(parameters.string(PARAMETER));
    }

    /** @return how the choice is written as a parameter value ({@code words}) */
    public String parameterValue() {
        return parameterValue;
    }

    /**
     * @param kind a token's kind
     * @return whether tokens of that kind are counted
     */
    public boolean includes(TokenType kind) {
        return kinds.contains(kind);
    }

    /** @return every parameter value, in declaration order */
    public static String[] parameterValues() {
        return Arrays.stream(values()).map(CountedTypes::parameterValue).toArray(String[]::new);
    }

    /**
     * @param value one of {@link #parameterValues()}
     * @return the choice it names
     * @throws IllegalArgumentException if it names none (the registry has checked it already)
     */
    public static CountedTypes ofParameter(String value) {
        return Arrays.stream(values()).filter(choice -> choice.parameterValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No token types called '" + value + "'"));
    }
}
