package org.corpusbench.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that throws {@link Upload.TooLarge} as soon as it has given more than a limit. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long total;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        count(Math.max(read, 0));
        return read;
    }

    private void count(int read) {
        total += read;
        if (total > limit) {
            throw new Upload.TooLarge(limit);
        }
    }
}
