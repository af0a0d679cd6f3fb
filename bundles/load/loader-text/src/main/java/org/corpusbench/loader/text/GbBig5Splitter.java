package org.corpusbench.loader.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells, line by line, whether a run of lines that are not UTF-8 reads as GB18030 or as Big5, and
 * cuts it where it turns, as when a GBK export and a Big5 export are concatenated. Each line costs, in
 * each reading, one per non-ASCII character that is not a common Han character of that reading's
 * standard (see {@link ChineseCharsetJudge}) and {@value #UNDECODABLE} per undecodable byte;
 * switching readings between lines costs {@value #SWITCH}. The cheapest sequence of readings (Viterbi)
 * gives the pieces: a short line of ambiguous or rare characters does not split a block, while a line
 * or two of ordinary text (some 12 characters at a block's edge, twice that inside one) in the other
 * standard do. The readings only group the lines: the detector then decides each group's charset.
 */
final class GbBig5Splitter {
    static final int UNDECODABLE = 3;
    static final int SWITCH = 6;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5-HKSCS");

    private GbBig5Splitter() {
    }

    /**
     * Whole lines read one way.
     *
     * @param start the first byte
     * @param end after the last byte
     * @param firstLine the first line, 1-based
     * @param lastLine the last line
     * @param big5 read as Big5, else as GB18030
     */
    record Piece(int start, int end, int firstLine, int lastLine, boolean big5) {
    }

    /**
     * @param bytes the text
     * @param run whole lines that are not valid UTF-8 (bar ASCII ones)
     * @return the run cut into pieces that read as one standard, in order
     */
    static List<Piece> split(byte[] bytes, Utf8Lines.Run run) {
        List<Integer> starts = new ArrayList<>();
        for (int pos = run.start; pos < run.end; pos = lineEnd(bytes, pos, run.end)) {
            starts.add(pos);
        }
        int n = starts.size();
        boolean[] big5FromGb = new boolean[n]; // the cheapest way into Big5 at line i came from GB18030 at i - 1
        boolean[] gbFromBig5 = new boolean[n];
        Reading simplified = new Reading(GB18030, true);
        Reading traditional = new Reading(BIG5, false);
        long gb = 0;
        long big5 = 0;
        for (int i = 0; i < n; i++) {
            int from = starts.get(i);
            int to = i + 1 < n ? starts.get(i + 1) : run.end;
            long stayGb = gb;
            long stayBig5 = big5;
            gbFromBig5[i] = i > 0 && stayBig5 + SWITCH < stayGb;
            big5FromGb[i] = i > 0 && stayGb + SWITCH < stayBig5;
            gb = (gbFromBig5[i] ? stayBig5 + SWITCH : stayGb) + simplified.cost(bytes, from, to);
            big5 = (big5FromGb[i] ? stayGb + SWITCH : stayBig5) + traditional.cost(bytes, from, to);
        }
        boolean inBig5 = big5 < gb;
        List<Piece> pieces = new ArrayList<>();
        int end = run.end;
        int lastLine = run.lastLine;
        for (int i = n - 1; i > 0; i--) {
            if (inBig5 ? big5FromGb[i] : gbFromBig5[i]) {
                pieces.add(0, new Piece(starts.get(i), end, run.firstLine + i, lastLine, inBig5));
                end = starts.get(i);
                lastLine = run.firstLine + i - 1;
                inBig5 = !inBig5;
            }
        }
        pieces.add(0, new Piece(run.start, end, run.firstLine, lastLine, inBig5));
        return pieces;
    }

    /** Costs lines in one reading, reusing its decoder and buffer. */
    private static final class Reading {
        private final CharsetDecoder decoder;
        private final boolean simplified;
        private CharBuffer out = CharBuffer.allocate(256);

        Reading(Charset charset, boolean simplified) {
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.simplified = simplified;
        }

        long cost(byte[] bytes, int from, int to) {
            if (out.capacity() < to - from) {
                out = CharBuffer.allocate(to - from); // one char per byte at most in GB18030 and Big5-HKSCS
            }
            out.clear();
            decoder.reset();
            ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
            long cost = 0;
            for (CoderResult result = decoder.decode(in, out, true); result.isError(); result = decoder.decode(in, out, true)) {
                cost += UNDECODABLE * (long) result.length();
                in.position(in.position() + result.length());
            }
            for (int i = 0; i < out.position(); i++) {
                char c = out.get(i);
                boolean common = simplified ? ChineseCharsetJudge.commonSimplified(c) : ChineseCharsetJudge.commonTraditional(c);
                if (c >= 0x80 && !common) {
                    cost++;
                }
            }
            return cost;
        }
    }

    /** @return where the line starting at {@code pos} ends, after its terminator */
    static int lineEnd(byte[] bytes, int pos, int limit) {
        while (pos < limit && bytes[pos] != '\n' && bytes[pos] != '\r') {
            pos++;
        }
        if (pos < limit) {
            pos += bytes[pos] == '\r' && pos + 1 < limit && bytes[pos + 1] == '\n' ? 2 : 1;
        }
        return pos;
    }
}
