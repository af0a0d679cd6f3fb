package org.corpusbench.loader.text;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.SourceReport.Outcome;

/** Turns the bytes of one input (a file, an archive entry) into a source with its report. Thread-safe. */
final class TextSources {
    private final TextDecoder decoder = new TextDecoder();

    /**
     * @param bytes the input's bytes
     * @param id the source id
     * @param location where it was read, for people and reports
     * @param metadata metadata known before decoding (path, archive, entry)
     * @param given the charset the user gave, or null to detect
     * @throws org.corpusbench.api.CorpusException if it cannot be decoded (empty, binary, unknown encoding)
     */
    LoadedSource decode(byte[] bytes, String id, String location, Map<String, String> metadata, Charset given) {
        DecodedText decoded = decoder.decode(bytes, location, given);
        Map<String, String> all = new LinkedHashMap<>(metadata);
        all.put("size", Long.toString(bytes.length));
        all.put("encoding", decoded.encoding());
        all.put("encoding.confidence", Integer.toString(decoded.confidence()));
        all.put("encoding.method", decoded.method());
        all.put("undecodable.bytes", Long.toString(decoded.undecodableBytes()));
        if (!decoded.lines().isEmpty()) {
            all.put("encoding.lines", decoded.lines());
        }
        SourceReport report = report(location, decoded);
        if (!report.undecodableOffsets().isEmpty()) {
            all.put("undecodable.offsets", report.undecodableOffsets().stream().map(Object::toString)
                    .collect(Collectors.joining(",")));
        }
        return new LoadedSource(new Source(id, location, all), decoded.text(), report);
    }

    /**
     * @param location the input, or the part of it (a table row) the report is about
     * @param decoded how the input's file was decoded
     * @return read, or damaged with where the undecodable bytes are
     */
    static SourceReport report(String location, DecodedText decoded) {
        List<Long> offsets = Arrays.stream(decoded.undecodableOffsets()).boxed().toList();
        String encoding = encoding(decoded);
        return decoded.undecodableBytes() == 0
                ? new SourceReport(location, Outcome.READ, encoding, decoded.confidence(), 0, offsets, "")
                : new SourceReport(location, Outcome.DAMAGED, encoding, decoded.confidence(),
                        decoded.undecodableBytes(), offsets, decoded.undecodableBytes() + " bytes could not be decoded as "
                                + encoding + ", first at byte " + offsets.get(0));
    }

    /**
     * @return the charset, or for text decoded line by line the charsets and which lines each decoded, as
     *         "UTF-8+GB18030 (lines 1-120 UTF-8; 121-180 GB18030)": the report has no other place for them
     */
    static String encoding(DecodedText decoded) {
        return decoded.lines().isEmpty() ? decoded.encoding() : decoded.encoding() + " (lines " + decoded.lines() + ")";
    }
}
