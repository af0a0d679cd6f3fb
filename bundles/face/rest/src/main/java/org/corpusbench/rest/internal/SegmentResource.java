package org.corpusbench.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.Token;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Segments a text, as {@code corpus:segment} does: its tokens with their code-point offsets and
 * types, streamed as JSON while it is segmented. The body is first spooled to a file among the
 * uploads and checked to be UTF-8 within the limit, so either fault is a clean 400 or 413 before
 * any answer is sent; then it is read back in {@link TextChunks}, so a request holds a few MB
 * whatever the size of its text. The work gate is held from the first byte read to the last written.
 */
@Component(service = SegmentResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-segment")
@JaxrsApplicationSelect(RestApplication.SELECT)
@javax.ws.rs.Path("segment")
@Produces(MediaType.APPLICATION_JSON)
public final class SegmentResource {
    /** The largest text taken: 64 MiB. */
    static final long MAX_BYTES = 64L << 20;
    /** The name the spooled body is kept under while it is segmented. */
    private static final String SPOOLED = "segment.txt";

    private final Segmenters segmenters;
    private final HeavyWork heavy;
    private final java.nio.file.Path spool;
    private final long maxBytes;

    @Activate
    public SegmentResource(@Reference Segmenters segmenters, @Reference HeavyWork heavy,
            @Reference UploadFolder uploads) {
        this(segmenters, heavy, uploads.path(), MAX_BYTES);
    }

    SegmentResource(Segmenters segmenters, HeavyWork heavy, java.nio.file.Path spool, long maxBytes) {
        this.segmenters = segmenters;
        this.heavy = heavy;
        this.spool = spool;
        this.maxBytes = maxBytes;
    }

    @POST
    @RequiresRole(Role.READER)
    @AlsoAnswers({413, 503})
    @Streamed(Wire.Segmentation.class)
    @Summary("Segments the body, UTF-8 text of at most 64 MiB, and streams its tokens with their code-point offsets and types")
    public Response segment(
            @QueryParam("segmenter") @Summary("an installed segmenter (GET segmenters); by default the one loads use") String segmenter,
            @QueryParam("mode") @DefaultValue("accurate") @Summary("accurate (jieba.cut) or search (jieba.cut_for_search)")
            String mode,
            @QueryParam("hmm") @DefaultValue("true") @Summary("false: do not find unknown words with the HMM") String hmm,
            InputStream body) throws IOException {
        SegmentationMode chosen = switch (mode) {
            case "accurate" -> SegmentationMode.ACCURATE;
            case "search" -> SegmentationMode.SEARCH;
            default -> throw new CorpusException("Parameter 'mode' must be accurate or search, not '" + mode + "'");
        };
        boolean useHmm = Numbers.flag("hmm", hmm);
        String name = segmenter != null ? segmenter : segmenters.defaultName();
        Segmenter found = segmenters.find(name);
        if (!found.modes().contains(chosen)) {
            throw new CorpusException("Segmenter '" + name + "' does not offer the " + mode + " mode; it offers "
                    + String.join(", ", SegmentersResource.modes(found)));
        }
        found.segment("", chosen, useHmm); // throws now, before the answer is committed, if the mode is not offered
        WorkGate.Permit permit = heavy.enter();
        Upload text;
        try {
            text = receive(body);
        } catch (IOException | RuntimeException e) {
            permit.close();
            throw e;
        }
        StreamingOutput tokens = out -> {
            try (permit; text; Reader reader = Files.newBufferedReader(text.file(), StandardCharsets.UTF_8);
                    JsonGenerator json = JsonProvider.mapper().getFactory().createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("segmenter", name);
                json.writeStringField("mode", mode);
                json.writeBooleanField("hmm", useHmm);
                json.writeArrayFieldStart("tokens");
                TextChunks chunks = new TextChunks(reader);
                long offset = 0;
                for (String piece = chunks.next(); piece != null; piece = chunks.next()) {
                    for (Token token : found.segment(piece, chosen, useHmm)) {
                        json.writeStartObject();
                        json.writeStringField("text", token.text());
                        json.writeNumberField("start", offset + token.start());
                        json.writeNumberField("end", offset + token.end());
                        json.writeStringField("type", token.type().name().toLowerCase(Locale.ROOT));
                        json.writeEndObject();
                    }
                    offset += piece.codePointCount(0, piece.length());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        };
        return Response.ok(tokens, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** @return the body spooled to a file; 413 beyond the limit, 400 if it is not UTF-8 (nothing kept either way) */
    private Upload receive(InputStream body) throws IOException {
        Upload upload;
        try {
            upload = Upload.receive(spool, SPOOLED, body, maxBytes);
        } catch (Upload.TooLarge e) {
            throw new WebApplicationException(Errors.response(413, e.getMessage()));
        }
        try (InputStream in = Files.newInputStream(upload.file());
                Reader strict = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            strict.transferTo(java.io.Writer.nullWriter());
        } catch (CharacterCodingException e) {
            upload.close();
            throw new CorpusException("The body is not UTF-8 text: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
        return upload;
    }
}
