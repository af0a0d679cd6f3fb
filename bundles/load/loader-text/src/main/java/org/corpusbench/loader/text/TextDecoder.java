package org.corpusbench.loader.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.corpusbench.api.CorpusException;

/**
 * Decodes the bytes of a text file in whatever common encoding researchers' Chinese files come in:
 * a byte order mark decides first (UTF-8, UTF-16LE/BE, UTF-32LE/BE); then an encoding the user
 * gave; then valid UTF-8 is UTF-8; then text that is mostly UTF-8 is decoded line by line
 * ({@link MixedEncodingDecoder}); then ICU4J's charset detector, whose answers are limited to the
 * charsets below because it also names charsets Java cannot open or that only look plausible for
 * Chinese bytes (EUC-JP, EUC-KR). GB2312 and GBK files decode as GB18030, their superset. When ICU4J
 * is unsure between GB18030 and Big5, as on short text, {@link ChineseCharsetJudge} decides.
 *
 * <p>Bytes that cannot be decoded are never dropped silently: each undecodable sequence becomes
 * one U+FFFD and is counted and located in the result. Empty files, binary files (NUL bytes or an
 * image, PDF or archive signature) and files whose encoding cannot be told are refused with a
 * message naming the file and the problem. Thread-safe.
 */
public final class TextDecoder {
    /** ICU4J names we accept, to the Java charset that decodes them. */
    private static final Map<String, String> DETECTABLE = Map.of("UTF-8", "UTF-8", "GB18030", "GB18030",
            "Big5", "Big5-HKSCS", "UTF-16LE", "UTF-16LE", "UTF-16BE", "UTF-16BE", "UTF-32LE", "UTF-32LE",
            "UTF-32BE", "UTF-32BE");
    private static final String GB18030 = "GB18030";
    private static final String BIG5 = "Big5-HKSCS";
    private static final int MIN_CONFIDENCE = 10;
    /** Below this ICU4J guesses between GB18030 and Big5, as it does on short text. */
    private static final int SURE = 50;
    static final int SAMPLE = 64 * 1024;

    /**
     * @param bytes a file's content
     * @param name what to call the file in an error
     * @param given the encoding the user gave, or null to detect it
     * @return the text and how it was decoded
     * @throws CorpusException naming the file, if it is empty, binary or its encoding cannot be told
     */
    public DecodedText decode(byte[] bytes, String name, Charset given) {
        if (bytes.length == 0) {
            throw new CorpusException("Cannot load '" + name + "': the file is empty");
        }
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            if (bytes.length == bom.length) {
                throw new CorpusException("Cannot load '" + name + "': the file is empty (only a byte order mark)");
            }
            return decode(bytes, bom.length, Charset.forName(bom.charset), 100, "bom");
        }
        refuseBinary(bytes, name);
        if (given != null) {
            return decode(bytes, 0, given, 100, "given");
        }
        String utf8 = validUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8.name(), 100, "utf-8", 0, new long[0], "");
        }
        DecodedText mixed = MixedEncodingDecoder.decode(bytes, TextDecoder::detect);
        if (mixed != null) {
            return mixed;
        }
        Detection detected = detect(bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes);
        if (detected == null) {
            throw new CorpusException("Cannot load '" + name + "': cannot tell its encoding (not UTF-8, GB18030/GBK, Big5 "
                    + "or UTF-16/32 with a byte order mark); give the encoding");
        }
        return decode(bytes, 0, detected.charset(), detected.confidence(), detected.method());
    }

    /**
     * How ICU4J, and when it is unsure between GB18030 and Big5 the common characters, read a sample.
     *
     * @param charset the charset to decode with
     * @param confidence ICU4J's, 0-100
     * @param method {@code icu4j} or {@code icu4j+common-characters}
     */
    record Detection(Charset charset, int confidence, String method) {
    }

    /** @return the sample's encoding among those accepted, or null if ICU4J names none of them */
    static Detection detect(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            String charset = DETECTABLE.get(match.getName());
            if (charset != null && match.getConfidence() >= MIN_CONFIDENCE) {
                if (match.getConfidence() < SURE && (charset.equals(GB18030) || charset.equals(BIG5))) {
                    return new Detection(Charset.forName(judge(sample)), match.getConfidence(), "icu4j+common-characters");
                }
                return new Detection(Charset.forName(charset), match.getConfidence(), "icu4j");
            }
        }
        return null;
    }

    /** Between GB18030 and Big5: fewer undecodable bytes first, then the more common characters. */
    private static String judge(byte[] sample) {
        DecodedText simplified = decode(sample, 0, Charset.forName(GB18030), 0, "");
        DecodedText traditional = decode(sample, 0, Charset.forName(BIG5), 0, "");
        if (simplified.undecodableBytes() != traditional.undecodableBytes()) {
            return simplified.undecodableBytes() < traditional.undecodableBytes() ? GB18030 : BIG5;
        }
        return ChineseCharsetJudge.traditionalScore(traditional.text()) > ChineseCharsetJudge.simplifiedScore(simplified.text())
                ? BIG5 : GB18030;
    }

    private static void refuseBinary(byte[] bytes, String name) {
        String signature = Signature.of(bytes);
        if (signature != null) {
            throw new CorpusException("Cannot load '" + name + "': it is " + signature + ", not text");
        }
        int sample = Math.min(bytes.length, SAMPLE);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                throw new CorpusException("Cannot load '" + name + "': it contains NUL bytes, so it is binary, or "
                        + "UTF-16/32 without a byte order mark (then give the encoding)");
            }
        }
    }

    /**
     * @return the text if the bytes are valid UTF-8, else null: decoded once by the JDK's fast path,
     *     which replaces what it cannot decode with U+FFFD, so a text without one was valid; only a text
     *     with one is checked strictly (it may be a U+FFFD of the file), where validating every file
     *     with a strict decoder and then decoding it again cost the loading thread a third of its time
     */
    private static String validUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 || isUtf8(bytes) ? text : null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes everything after {@code skip}, replacing and counting each undecodable sequence. */
    private static DecodedText decode(byte[] bytes, int skip, Charset charset, int confidence, String method) {
        CountingDecoder decoder = new CountingDecoder(CountingDecoder.capacity(bytes.length, charset));
        decoder.decode(bytes, skip, bytes.length, charset);
        return new DecodedText(decoder.text(), charset.name(), confidence, method, decoder.undecodableBytes(),
                decoder.undecodableOffsets(), "");
    }

    /** Byte order marks, longest first so UTF-32LE is not taken for UTF-16LE. */
    private enum Bom {
        UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
        UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
        UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
        UTF_16LE("UTF-16LE", 0xFF, 0xFE),
        UTF_16BE("UTF-16BE", 0xFE, 0xFF);

        final String charset;
        final int length;
        private final int[] bytes;

        Bom(String charset, int... bytes) {
            this.charset = charset;
            this.length = bytes.length;
            this.bytes = bytes;
        }

        static Bom of(byte[] data) {
            for (Bom bom : values()) {
                if (startsWith(data, bom.bytes)) {
                    return bom;
                }
            }
            return null;
        }
    }

    /** File signatures of binary formats people mistake for text. */
    private enum Signature {
        PNG("a PNG image", 0x89, 'P', 'N', 'G'),
        JPEG("a JPEG image", 0xFF, 0xD8, 0xFF),
        GIF("a GIF image", 'G', 'I', 'F', '8'),
        PDF("a PDF document (extract its text first)", '%', 'P', 'D', 'F', '-'),
        ZIP("a zip archive or Office document", 'P', 'K', 0x03, 0x04),
        GZIP("gzip-compressed", 0x1F, 0x8B);

        private final String description;
        private final int[] bytes;

        Signature(String description, int... bytes) {
            this.description = description;
            this.bytes = bytes;
        }

        static String of(byte[] data) {
            for (Signature signature : values()) {
                if (startsWith(data, signature.bytes)) {
                    return signature.description;
                }
            }
            return null;
        }
    }

    private static boolean startsWith(byte[] data, int[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
