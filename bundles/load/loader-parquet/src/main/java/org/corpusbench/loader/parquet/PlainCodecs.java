package org.corpusbench.loader.parquet;

import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page decompression without Hadoop's codecs: Snappy (Spark's default), ZSTD and LZ4_RAW with
 * aircompressor's pure-Java decompressors, GZIP with the JDK's; nothing native, so it runs in any
 * OSGi framework. Reading only: it compresses nothing.
 */
public final class PlainCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Plain(null);
            case SNAPPY -> new Plain(SnappyDecompressor::new);
            case ZSTD -> new Plain(ZstdDecompressor::new);
            case LZ4_RAW -> new Plain(Lz4Decompressor::new);
            case GZIP -> new Gzip();
            default -> throw new UnsupportedOperationException("pages compressed with " + codec
                    + " cannot be read here (only SNAPPY, ZSTD, GZIP, LZ4_RAW or UNCOMPRESSED)");
        };
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("Reading only");
    }

    @Override
    public void release() {
    }

    /** A block decompressor that knows the decompressed size, or none for uncompressed pages. */
    private record Plain(Supplier<Decompressor> decompressors) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            if (decompressors == null) {
                return bytes;
            }
            byte[] input = bytes.toByteArray();
            byte[] output = new byte[decompressedSize];
            try {
                int written = decompressors.get().decompress(input, 0, input.length, output, 0, decompressedSize);
                if (written != decompressedSize) {
                    throw new IOException("A page decompressed to " + written + " bytes, not " + decompressedSize);
                }
            } catch (MalformedInputException e) {
                throw new IOException("A compressed page is damaged: " + e.getMessage(), e);
            }
            return BytesInput.from(output);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(BytesInput.from(in), decompressedSize).toByteArray());
        }

        @Override
        public void release() {
        }
    }

    private record Gzip() implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            try (InputStream in = new GZIPInputStream(bytes.toInputStream())) {
                byte[] output = in.readNBytes(decompressedSize);
                if (output.length != decompressedSize) {
                    throw new IOException("A page decompressed to " + output.length + " bytes, not " + decompressedSize);
                }
                return BytesInput.from(output);
            }
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(BytesInput.from(in), decompressedSize).toByteArray());
        }

        @Override
        public void release() {
        }
    }
}
