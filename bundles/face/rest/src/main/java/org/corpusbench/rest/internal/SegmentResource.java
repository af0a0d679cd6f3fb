package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Token;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Segments a text, as {@code corpus:segment} does: its tokens with their code-point offsets and types. */
@Component(service = SegmentResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-segment")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("segment")
@Produces(MediaType.APPLICATION_JSON)
public final class SegmentResource {
    /** The largest text taken: 1 MiB, some 350,000 Chinese characters; its tokens are answered in one piece. */
    static final long MAX_BYTES = 1L << 20;

    private final InstalledSegmenters segmenters;
    private final HeavyWork heavy;

    @Activate
    public SegmentResource(@Reference InstalledSegmenters segmenters, @Reference HeavyWork heavy) {
        this.segmenters = segmenters;
        this.heavy = heavy;
    }

    @POST
    @AlsoAnswers({413, 503})
    @RequiresRole(Role.READER)
    @Summary("Segments the body, UTF-8 text of at most 1 MiB, and answers its tokens with their code-point offsets and types")
    public Wire.Segmentation segment(
            @QueryParam("segmenter") @DefaultValue("jieba") @Summary("an installed segmenter (GET segmenters)") String segmenter,
            @QueryParam("mode") @DefaultValue("accurate") @Summary("accurate (jieba.cut) or search (jieba.cut_for_search)")
            String mode,
            @QueryParam("hmm") @DefaultValue("true") @Summary("false: do not find unknown words with the HMM") String hmm,
            @Summary("the text, UTF-8, at most 1 MiB") InputStream body) throws IOException {
        SegmentationMode chosen = switch (mode) {
            case "accurate" -> SegmentationMode.ACCURATE;
            case "search" -> SegmentationMode.SEARCH;
            default -> throw new CorpusException("Parameter 'mode' must be accurate or search, not '" + mode + "'");
        };
        boolean useHmm = Numbers.flag("hmm", hmm);
        org.corpusbench.api.Segmenter found = segmenters.find(segmenter);
        String text = utf8(body);
        List<Token> tokens;
        try (WorkGate.Permit permit = heavy.enter()) {
            tokens = found.segment(text, chosen, useHmm);
        }
        return new Wire.Segmentation(segmenter, mode, useHmm, tokens.stream().map(token -> new Wire.Token(token.text(),
                token.start(), token.end(), token.type().name().toLowerCase(Locale.ROOT))).toList());
    }

    /** @return the body as text; 413 beyond {@link #MAX_BYTES}, 400 if it is not UTF-8 */
    private static String utf8(InputStream body) throws IOException {
        byte[] bytes;
        try {
            bytes = new LimitedInputStream(body, MAX_BYTES).readAllBytes();
        } catch (Upload.TooLarge e) {
            throw new WebApplicationException(Errors.response(413, e.getMessage()));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException("The body is not UTF-8 text: " + e.getMessage());
        }
    }
}
