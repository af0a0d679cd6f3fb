package org.corpusbench.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;

/**
 * {@code POST /segment}: the tokens of a UTF-8 body, streamed as JSON while it is segmented. The
 * body is first spooled to a file (checking that it is UTF-8 and within the limit, so either fault
 * is a clean 400 or 413 before any answer is sent), then read back in {@link TextChunks}: a request
 * holds a few MB whatever the size of its text.
 */
final class SegmentResource {
    /** The largest text the segment call takes: 64 MiB. */
    static final long MAX_BYTES = 64L << 20;

    private final Supplier<Map<String, Segmenter>> segmenters;
    private final Path spool;
    private final JsonResponses json;

    SegmentResource(Supplier<Map<String, Segmenter>> segmenters, Path spool, JsonResponses json) {
        this.segmenters = segmenters;
        this.spool = spool;
        this.json = json;
    }

    void segment(Route.Call call) throws IOException {
        String name = call.request().parameter("segmenter").orElse("jieba");
        Segmenter segmenter = segmenters.get().get(name);
        if (segmenter == null) {
            throw new NotFoundException("segmenter", name);
        }
        String modeName = call.request().parameter("mode").orElse("accurate");
        SegmentationMode mode = switch (modeName) {
            case "accurate" -> SegmentationMode.ACCURATE;
            case "search" -> SegmentationMode.SEARCH;
            default -> throw new CorpusException("Unknown mode '" + modeName + "'; use accurate or search");
        };
        String hmmText = call.request().parameter("hmm").orElse("true");
        if (!hmmText.equals("true") && !hmmText.equals("false")) {
            throw new CorpusException("Parameter 'hmm' must be true or false, not '" + hmmText + "'");
        }
        boolean hmm = hmmText.equals("true");
        segmenter.segment("", mode, hmm); // throws now, before the answer is committed, if the mode is not offered
        Files.createDirectories(spool);
        Path text = spool.resolve(UUID.randomUUID() + ".txt");
        try {
            receive(call.http().getInputStream(), text);
            try (Reader reader = Files.newBufferedReader(text, StandardCharsets.UTF_8);
                    JsonGenerator out = json.stream(call.response(), 200)) {
                out.writeStartObject();
                out.writeStringField("segmenter", name);
                out.writeStringField("mode", modeName);
                out.writeBooleanField("hmm", hmm);
                out.writeArrayFieldStart("tokens");
                TextChunks chunks = new TextChunks(reader);
                long offset = 0;
                for (String piece = chunks.next(); piece != null; piece = chunks.next()) {
                    for (Token token : segmenter.segment(piece, mode, hmm)) {
                        out.writeStartObject();
                        out.writeStringField("text", token.text());
                        out.writeNumberField("start", offset + token.start());
                        out.writeNumberField("end", offset + token.end());
                        out.writeStringField("type", token.type().name());
                        out.writeEndObject();
                    }
                    offset += piece.codePointCount(0, piece.length());
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        } finally {
            Files.deleteIfExists(text);
        }
    }

    /** Copies the body to the file, refusing one that is not UTF-8 or exceeds {@link #MAX_BYTES}. */
    private static void receive(InputStream body, Path file) throws IOException {
        InputStream limited = new LimitedInputStream(body, MAX_BYTES);
        try (Reader in = new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        } catch (CharacterCodingException e) {
            throw new CorpusException("The body is not UTF-8 text");
        }
    }
}
