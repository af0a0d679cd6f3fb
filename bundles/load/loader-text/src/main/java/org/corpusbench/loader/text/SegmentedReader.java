package org.corpusbench.loader.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * Reads text someone already segmented, keeping its tokens as they are: space-separated text (one
 * sentence per line, tokens between spaces) or CWB vertical format ({@code .vrt}, {@code .vert}: one
 * token per line with the word in the first tab-separated column, {@code <text ...>} elements whose
 * attributes become metadata, {@code <s>} sentences, XML entities decoded). A document's text is its
 * tokens with a space between them and a line break after each sentence, so every offset is exact.
 * A file without {@code <text>} elements is one document.
 *
 * <p>Part-of-speech tags are kept as the tokens' tags: in space-separated text written {@code word/tag}
 * (as jieba.posseg and the PKU corpus print them), if every token of the file ends in {@code /} and
 * letters, so that a text with {@code 1/2} in it is not taken for tagged; in vertical files the second
 * column, or the third if the second is the token type this workbench's own vertical export writes
 * ({@code chinese_word}, {@code punctuation}, ...). The spaces and line breaks between tokens have no tag.
 *
 * <p>The {@code segmented} loader reads with this class; a program that has a file's bytes rather than
 * its path (a Spark job on a Hadoop file system) reads it with
 * {@link #read(String, byte[], LoadOptions, Consumer, Consumer, Progress)} and gets the same sources and
 * reports. Thread-safe.
 */
public final class SegmentedReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.-]+)=\"([^\"]*)\"");
    /** A tagged token: the word (at least one character, slashes allowed) and letters after the last slash. */
    private static final Pattern TAGGED = Pattern.compile("(.+)/([A-Za-z]+)");
    /** The names of {@link TokenType}s as the vertical export writes them in its second column. */
    private static final Set<String> TYPE_NAMES = Arrays.stream(TokenType.values())
            .map(type -> type.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final TextDecoder decoder = new TextDecoder();

    /** @return whether this is a CWB vertical file ({@code .vrt}, {@code .vert}), which the segmented loader accepts by itself */
    public boolean isVertical(Path path) {
        return isVertical(path.getFileName().toString());
    }

    /** @return whether a file of this name is a CWB vertical file, by its extension; else it is read as space-separated text */
    public static boolean isVertical(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".vrt") || name.endsWith(".vert");
    }

    /**
     * Reads a file of pre-segmented text, as the {@code segmented} loader does.
     *
     * @throws CorpusException if it cannot be read or holds no tokens
     */
    public void read(Path file, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        String name = Inputs.name(file);
        byte[] bytes;
        try {
            checkSize(name, Files.size(file), options); // before reading, so a huge file is never read
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + name + "': " + IoProblems.reason(e), e);
        }
        read(name, bytes, options, sink, skipped, progress);
    }

    /**
     * Reads pre-segmented text from its bytes, as {@link #read(Path, LoadOptions, Consumer, Consumer, Progress)}
     * reads the file.
     *
     * @param name the file's name, whose extension says whether it is vertical ({@link #isVertical(String)}),
     *        and which names its documents
     * @param bytes the file's content
     * @throws CorpusException if it is too large, cannot be decoded or holds no tokens
     */
    public void read(String name, byte[] bytes, LoadOptions options, Consumer<LoadedSource> sink,
            Consumer<SourceReport> skipped, Progress progress) {
        checkSize(name, bytes.length, options);
        DecodedText decoded = decoder.decode(bytes, name, TextFileReader.charset(options));
        Documents documents = new Documents(name, decoded, sink);
        String[] lines = decoded.text().split("\r\n|\r|\n");
        if (isVertical(name)) {
            readVertical(lines, documents, progress);
        } else {
            boolean tagged = isTagged(lines);
            for (String line : lines) {
                for (String word : line.trim().split("[\\s\u3000]+")) {
                    if (!word.isEmpty()) {
                        if (tagged) {
                            Matcher parts = TAGGED.matcher(word);
                            parts.matches();
                            documents.word(parts.group(1), parts.group(2));
                        } else {
                            documents.word(word, null);
                        }
                    }
                }
                documents.endSentence();
            }
        }
        documents.end(Map.of());
        if (documents.count == 0) {
            throw new CorpusException("Cannot load '" + name + "': it holds no tokens");
        }
    }

    private static void checkSize(String name, long size, LoadOptions options) {
        if (size > options.maxDocumentBytes() * 16) {
            throw new CorpusException("Cannot load '" + name + "': larger than " + options.maxDocumentBytes() * 16 + " bytes");
        }
    }

    /** @return whether every token of space-separated text is written word/tag (and there is one) */
    private static boolean isTagged(String[] lines) {
        boolean any = false;
        for (String line : lines) {
            for (String word : line.trim().split("[\\s\u3000]+")) {
                if (!word.isEmpty()) {
                    if (!TAGGED.matcher(word).matches()) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** @return the column of a vertical file's tags: the third after our type column, else the second */
    private static int tagColumn(String[] lines) {
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("<") && trimmed.endsWith(">")) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            if (columns.length >= 2 && !TYPE_NAMES.contains(columns[1].trim())) {
                return 1;
            }
        }
        return 2;
    }

    private static void readVertical(String[] lines, Documents documents, Progress progress) {
        int tagColumn = tagColumn(lines);
        Map<String, String> attributes = Map.of();
        for (String line : lines) {
            progress.checkCancelled();
            String trimmed = line.trim();
            if (trimmed.startsWith("<text")) {
                documents.end(attributes);
                attributes = attributes(trimmed);
            } else if (trimmed.equals("</text>")) {
                documents.end(attributes);
                attributes = Map.of();
            } else if (trimmed.equals("</s>") || trimmed.startsWith("<s")) {
                documents.endSentence();
            } else if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
                continue; // other structural elements (<p>, <g/>) carry nothing we store
            } else if (!trimmed.isEmpty()) {
                String[] columns = line.split("\t");
                String tag = columns.length > tagColumn ? unescape(columns[tagColumn].trim()) : "";
                documents.word(unescape(columns[0].trim()), tag.isEmpty() ? null : tag);
            }
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(tag);
        while (matcher.find()) {
            attributes.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return attributes;
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Builds documents token by token, with exact code-point offsets. */
    private static final class Documents {
        /** The file's name. */
        private final String name;
        private final DecodedText decoded;
        private final Consumer<LoadedSource> sink;
        private final StringBuilder text = new StringBuilder();
        private final List<Token> tokens = new ArrayList<>();
        private int offset;
        private boolean sentenceOpen;
        int count;

        Documents(String name, DecodedText decoded, Consumer<LoadedSource> sink) {
            this.name = name;
            this.decoded = decoded;
            this.sink = sink;
        }

        /** @param tag the word's part-of-speech tag, or null */
        void word(String word, String tag) {
            if (sentenceOpen) {
                append(" ", TokenType.WHITESPACE, null);
            }
            append(word, TokenType.classify(word), tag);
            sentenceOpen = true;
        }

        void endSentence() {
            if (sentenceOpen) {
                append("\n", TokenType.WHITESPACE, null);
                sentenceOpen = false;
            }
        }

        private void append(String token, TokenType type, String tag) {
            int length = token.codePointCount(0, token.length());
            tokens.add(new Token(token, offset, offset + length, type, tag));
            text.append(token);
            offset += length;
        }

        void end(Map<String, String> attributes) {
            endSentence();
            if (tokens.isEmpty()) {
                return;
            }
            count++;
            String id = attributes.getOrDefault("id", name + (count > 1 || !attributes.isEmpty() ? "#" + count : ""));
            Map<String, String> metadata = new LinkedHashMap<>(attributes);
            metadata.put("path", name);
            metadata.put("encoding", decoded.encoding());
            metadata.put("encoding.confidence", Integer.toString(decoded.confidence()));
            if (!decoded.lines().isEmpty()) {
                metadata.put("encoding.lines", decoded.lines());
            }
            metadata.put("segmentation", "as given");
            String location = name + (attributes.isEmpty() ? "" : "#" + id);
            SourceReport report = TextSources.report(location, decoded);
            sink.accept(new LoadedSource(new Source(id, location, metadata), text.toString(), report, List.copyOf(tokens)));
            text.setLength(0);
            tokens.clear();
            offset = 0;
        }
    }
}
