package org.corpusbench.loader.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decodes text that is mostly, but not wholly, valid UTF-8 line by line, as when UTF-8, GBK and Big5
 * exports are concatenated ({@link Utf8Lines} says which texts qualify and how lines are grouped).
 * Valid-UTF-8 lines are UTF-8. The other lines are cut into pieces that read as GB18030 or as Big5
 * ({@link GbBig5Splitter}); the pieces of each reading are then detected together, as a whole file
 * would be, so that a one-line piece is judged with all the lines like it. Pieces the detector cannot
 * place among GB18030, Big5 and UTF-8 are decoded as UTF-8. Undecodable sequences become U+FFFD and
 * are counted at their file offsets. Line terminators are kept as they are.
 *
 * <p>The result's method is {@code mixed-lines}; its encoding joins the charsets used with "+" in order
 * of first use (e.g. {@code UTF-8+GB18030+Big5-HKSCS}); its confidence is the lowest of the detections
 * used (100 for UTF-8 lines; pieces decoded as UTF-8 for want of a detection count their undecodable
 * bytes instead); if more than one charset was used, its lines say which 1-based lines were decoded how,
 * e.g. {@code 1-120 UTF-8; 121-180 GB18030; 181-200 Big5-HKSCS}, at most {@value #LISTED} ranges.
 */
final class MixedEncodingDecoder {
    static final String METHOD = "mixed-lines";
    static final int LISTED = 20;
    private static final Set<Charset> PLACEABLE = Set.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("Big5-HKSCS"));
    private static final TextDecoder.Detection UNPLACED = new TextDecoder.Detection(StandardCharsets.UTF_8, 100, "");

    private MixedEncodingDecoder() {
    }

    /** Consecutive lines decoded with one charset. */
    private record Block(int start, int end, int firstLine, int lastLine, Charset charset, int confidence) {
    }

    /**
     * @param bytes text that is not wholly valid UTF-8, without byte order mark or NUL bytes
     * @param detector the whole-file detector, given a sample; null if it can place none
     * @return the text decoded line by line, or null if it is not mostly UTF-8 (then detect it whole)
     */
    static DecodedText decode(byte[] bytes, Function<byte[], TextDecoder.Detection> detector) {
        List<Utf8Lines.Run> runs = Utf8Lines.scan(bytes);
        if (runs == null) {
            return null;
        }
        List<List<GbBig5Splitter.Piece>> pieces = new ArrayList<>();
        for (Utf8Lines.Run run : runs) {
            pieces.add(run.utf8 ? List.of() : GbBig5Splitter.split(bytes, run));
        }
        TextDecoder.Detection simplified = detect(bytes, pieces, false, detector);
        TextDecoder.Detection traditional = detect(bytes, pieces, true, detector);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Utf8Lines.Run run = runs.get(i);
            if (run.utf8) {
                add(blocks, new Block(run.start, run.end, run.firstLine, run.lastLine, StandardCharsets.UTF_8, 100));
            }
            for (GbBig5Splitter.Piece piece : pieces.get(i)) {
                TextDecoder.Detection reading = piece.big5() ? traditional : simplified;
                add(blocks, new Block(piece.start(), piece.end(), piece.firstLine(), piece.lastLine(), reading.charset(),
                        reading.confidence()));
            }
        }
        double charsPerByte = blocks.stream().mapToDouble(b -> b.charset().newDecoder().maxCharsPerByte()).max().orElse(1);
        CountingDecoder decoder = new CountingDecoder((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (bytes.length * charsPerByte) + 16));
        Set<String> charsets = new LinkedHashSet<>();
        int confidence = 100;
        for (Block block : blocks) {
            decoder.decode(bytes, block.start(), block.end(), block.charset());
            charsets.add(block.charset().name());
            confidence = Math.min(confidence, block.confidence());
        }
        return new DecodedText(decoder.text(), String.join("+", charsets), confidence, METHOD, decoder.undecodableBytes(),
                decoder.undecodableOffsets(), describe(blocks));
    }

    /** @return the charset and confidence the detector gives the first 64 KiB of the pieces with this reading */
    private static TextDecoder.Detection detect(byte[] bytes, List<List<GbBig5Splitter.Piece>> pieces, boolean big5,
            Function<byte[], TextDecoder.Detection> detector) {
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        for (List<GbBig5Splitter.Piece> run : pieces) {
            for (GbBig5Splitter.Piece piece : run) {
                if (piece.big5() == big5 && sample.size() < TextDecoder.SAMPLE) {
                    sample.write(bytes, piece.start(), Math.min(piece.end() - piece.start(), TextDecoder.SAMPLE - sample.size()));
                }
            }
        }
        TextDecoder.Detection detected = sample.size() == 0 ? null : detector.apply(sample.toByteArray());
        return detected == null || !PLACEABLE.contains(detected.charset()) ? UNPLACED : detected;
    }

    /** Appends the block, or extends the last one if it has the same charset. */
    private static void add(List<Block> blocks, Block block) {
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last != null && last.charset().equals(block.charset())) {
            blocks.set(blocks.size() - 1, new Block(last.start(), block.end(), last.firstLine(), block.lastLine(),
                    last.charset(), Math.min(last.confidence(), block.confidence())));
        } else {
            blocks.add(block);
        }
    }

    /** @return "1-120 UTF-8; 121-180 GB18030", or "" if one charset decoded all lines */
    private static String describe(List<Block> blocks) {
        if (blocks.size() == 1) {
            return "";
        }
        String listed = blocks.stream().limit(LISTED)
                .map(b -> (b.firstLine() == b.lastLine() ? "" + b.firstLine() : b.firstLine() + "-" + b.lastLine()) + " "
                        + b.charset().name())
                .collect(Collectors.joining("; "));
        return blocks.size() <= LISTED ? listed : listed + "; and " + (blocks.size() - LISTED) + " more ranges";
    }
}
