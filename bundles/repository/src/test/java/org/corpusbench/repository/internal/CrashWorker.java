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
 * again with the content of generation 1, 2, 3, ..., printing each generation once committed, until
 * it is killed. Each generation's content follows from its number, so a survivor can be checked.
 */
public final class CrashWorker {
    static final String CORPUS = "crash";
    static final String GENERATION = "generation";

    private CrashWorker() {
    }

    public static void main(String[] args) {
        CorpusStore store = new CorpusStore(Path.of(args[0]), Clock.systemUTC(), System.err::println);
        long generation = store.get(CORPUS).map(view -> Long.parseLong(view.info().provenance().get(GENERATION))).orElse(0L);
        while (true) {
            generation++;
            try (CorpusWriter writer = store.create(CORPUS, Map.of(GENERATION, Long.toString(generation)), true)) {
                for (int d = 0; d < documents(generation); d++) {
                    writer.addSource(new Source("s" + d, "s" + d, Map.of()));
                    List<String> words = words(generation, d);
                    String text = String.join("", words);
                    writer.addDocument(new Document("d" + d, "s" + d, Map.of("g", Long.toString(generation)), text, text),
                            tokens(words));
                }
                writer.commit();
            }
            System.out.println("committed " + generation);
            System.out.flush();
        }
    }

    static int documents(long generation) {
        return 2 + (int) (generation % 5);
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
