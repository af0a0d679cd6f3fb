package org.corpusbench.loader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the lines of a text that is not wholly valid UTF-8 into runs of valid-UTF-8 lines and runs
 * of invalid ones, if the valid lines hold more than half of the bytes of all lines that have
 * non-ASCII bytes. Lines end after {@code \n}, {@code \r\n} or a lone {@code \r}; these bytes never
 * occur inside a UTF-8, GB18030 or Big5 character, so each line can be decoded on its own. Pure-ASCII
 * lines read the same in every one of these charsets and say nothing: they join the run before them
 * (the first run also takes the ASCII lines before it). A single valid-UTF-8 line with at most
 * {@value #STRAY_BYTES} non-ASCII bytes between invalid lines joins their run: short legacy text is
 * sometimes valid UTF-8 by accident (GBK 联通 is C1AA CDA8), longer text practically never.
 */
final class Utf8Lines {
    static final int STRAY_BYTES = 8;

    private Utf8Lines() {
    }

    /** Whole lines: bytes {@code start} to {@code end} (exclusive), 1-based lines {@code firstLine} to {@code lastLine}. */
    static final class Run {
        final boolean utf8;
        final int start;
        final int firstLine;
        int end;
        int lastLine;
        int nonAsciiLines;
        long nonAsciiBytes;

        Run(boolean utf8, int start, int firstLine) {
            this.utf8 = utf8;
            this.start = start;
            this.firstLine = firstLine;
        }
    }

    /**
     * @param bytes text that is not wholly valid UTF-8
     * @return the runs in order, covering all bytes and alternating between valid and invalid, or null if
     *         valid-UTF-8 lines do not hold more than half of the bytes of the lines with non-ASCII bytes
     */
    static List<Run> scan(byte[] bytes) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        long valid = 0;
        long invalid = 0;
        int line = 0;
        int pos = 0;
        while (pos < bytes.length) {
            line++;
            int start = pos;
            long nonAscii = 0;
            boolean utf8 = true;
            while (pos < bytes.length) {
                byte b = bytes[pos];
                if (b >= 0) {
                    if (b == '\n' || b == '\r') {
                        break;
                    }
                    pos++;
                    continue;
                }
                int length = sequenceLength(bytes, pos);
                if (length == 0) {
                    utf8 = false;
                    nonAscii++;
                    while (pos < bytes.length && bytes[pos] != '\n' && bytes[pos] != '\r') {
                        pos++;
                    }
                    break;
                }
                nonAscii += length;
                pos += length;
            }
            if (pos < bytes.length) {
                pos += bytes[pos] == '\r' && pos + 1 < bytes.length && bytes[pos + 1] == '\n' ? 2 : 1;
            }
            if (nonAscii == 0) {
                continue;
            }
            if (utf8) {
                valid += pos - start;
            } else {
                invalid += pos - start;
                if (invalid >= valid + bytes.length - pos) {
                    return null; // even if every remaining byte were on valid lines
                }
            }
            if (current == null || current.utf8 != utf8) {
                if (current != null) {
                    current.end = start;
                    current.lastLine = line - 1;
                }
                current = current == null ? new Run(utf8, 0, 1) : new Run(utf8, start, line);
                runs.add(current);
            }
            current.nonAsciiLines++;
            current.nonAsciiBytes += nonAscii;
        }
        if (current == null || valid <= invalid) {
            return null;
        }
        current.end = bytes.length;
        current.lastLine = line;
        return absorbStrays(runs);
    }

    /** Merges each short lone valid line between invalid runs into them. */
    private static List<Run> absorbStrays(List<Run> runs) {
        List<Run> kept = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Run last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (run.utf8 && run.nonAsciiLines == 1 && run.nonAsciiBytes <= STRAY_BYTES && last != null
                    && i + 1 < runs.size()) {
                Run next = runs.get(++i); // runs alternate, so last and next are invalid
                last.end = next.end;
                last.lastLine = next.lastLine;
                last.nonAsciiLines += run.nonAsciiLines + next.nonAsciiLines;
                last.nonAsciiBytes += run.nonAsciiBytes + next.nonAsciiBytes;
                continue;
            }
            kept.add(run);
        }
        return kept;
    }

    /** @return the length of the well-formed UTF-8 sequence at {@code i} (Unicode table 3-7), or 0 */
    static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continues(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continues(bytes, i + 1, low, high) && continues(bytes, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continues(bytes, i + 1, low, high) && continues(bytes, i + 2, 0x80, 0xBF)
                    && continues(bytes, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continues(byte[] bytes, int i, int low, int high) {
        if (i >= bytes.length) {
            return false;
        }
        int b = bytes[i] & 0xFF;
        return b >= low && b <= high;
    }
}
