/**
 * Lexical profiles of documents and of a selection (tokens, types, TTR, STTR, hapax and dis
 * legomena, word and sentence lengths) in plain Java, usable outside OSGi:
 * {@link org.corpusbench.analysis.profile.TextProfiler}. Not exported; the bundle's DS component
 * wraps it as the {@code profile} analysis.
 */
package org.corpusbench.analysis.profile;
