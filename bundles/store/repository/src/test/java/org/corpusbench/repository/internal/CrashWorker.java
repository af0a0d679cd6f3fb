package org.corpusbench.repository.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * Run in a process of its own by {@link CrashSafetyTest}: replaces the corpus "crash" again and
 * again with the content of generation 1, 2, 3, ..., until it is killed. Each generation's content
 * follows from its number, so a survivor can be checked.
 *
 * <p>It prints a line at each step, so the test can choose its moment to kill from the progress
 * made rather than from the clock, which on a loaded machine says little about how far a process
 * has got: {@code starting} before the store is opened (and cleaned up), {@code opened G} with the
 * generation found, {@code document G D} after each document is written, {@code committing G}
 * right before the commit and {@code committed G} once it has returned.
 */
public final class CrashWorker {
    static final String CORPUS = "crash";
    static final String GENERATION = "generation";
    /** Generations have 2 to this many documents, so that they differ in size. */
    static final int MAX_DOCUMENTS = 6;

    private CrashWorker() {
    }

    public static void main(String[] args) {
        progress("starting");
        CorpusStore store = new CorpusStore(Path.of(args[0]), Clock.systemUTC(), System.err::println);
        long generation = store.get(CORPUS).map(view -> Long.parseLong(view.info().provenance().get(GENERATION))).orElse(0L);
        progress("opened " + generation);
        while (true) {
            generation++;
            try (CorpusWriter writer = store.create(CORPUS, Map.of(GENERATION, Long.toString(generation)), true)) {
                for (int d = 0; d < documents(generation); d++) {
                    writer.addSource(new Source("s" + d, "s" + d, Map.of()));
                    List<String> words = words(generation, d);
                    String text = String.join("", words);
                    writer.addDocument(new Document("d" + d, "s" + d, Map.of("g", Long.toString(generation)), text, text),
                            tokens(words));
                    progress("document " + generation + " " + d);
                }
                progress("committing " + generation);
                writer.commit();
            }
            progress("committed " + generation);
        }
    }

    /** Flushed at once: the test kills the process as soon as it has read the line. */
    private static void progress(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** @return how many progress lines a run prints at most up to and including its first commit */
    static int linesUpToFirstCommit() {
        return 2 + MAX_DOCUMENTS + 2;
    }

    static int documents(long generation) {
        return 2 + (int) (generation % (MAX_DOCUMENTS - 1));
    }

    static List<String> words(long generation, int document) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000 + document * 100; i++) {
            words.add(i % 7 == 0 ? "。" : "词" + ((generation * 31 + document * 7 + i) % 50));
        }
        return words;
    }

    private static List<Token> tokens(List<String> words) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words) {
            int end = offset + word.codePointCount(0, word.length());
            tokens.add(new Token(word, offset, end, word.equals("。") ? TokenType.PUNCTUATION : TokenType.CHINESE_WORD));
            offset = end;
        }
        return tokens;
    }

    /** @throws AssertionError unless the view holds exactly the content of its generation */
    static long verify(CorpusView view) {
        long generation = Long.parseLong(view.info().provenance().get(GENERATION));
        int documents = documents(generation);
        if (view.documentCount() != documents || view.sources().size() != documents) {
            throw new AssertionError("generation " + generation + " has " + view.documentCount() + " documents");
        }
        int position = 0;
        for (int d = 0; d < documents; d++) {
            List<String> words = words(generation, d);
            if (!view.document(d).cleanedText().equals(String.join("", words)) || view.documentStart(d) != position) {
                throw new AssertionError("document " + d + " of generation " + generation + " differs");
            }
            for (String word : words) {
                if (!view.lexicon().type(view.typeId(position)).equals(word)) {
                    throw new AssertionError("token " + position + " of generation " + generation + " differs");
                }
                position++;
            }
        }
        long postings = 0;
        for (int type = 0; type < view.lexicon().size(); type++) {
            postings += view.positions(type).remaining();
        }
        if (position != view.tokenCount() || postings != position) {
            throw new AssertionError("generation " + generation + ": " + view.tokenCount() + " tokens, " + postings + " positions");
        }
        return generation;
    }
}
