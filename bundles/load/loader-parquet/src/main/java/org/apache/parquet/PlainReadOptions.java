package org.apache.parquet;

import java.util.Map;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Read options made without Hadoop. parquet-java 1.17 (and 1.18) builds every {@link ParquetReadOptions}
 * through a builder that asks {@code ParquetInputFormat} for its record filter, which loads Hadoop's
 * MapReduce {@code FileInputFormat} even for a {@link PlainParquetConfiguration} (apache/parquet-java
 * issue 3780); this class sits in the options' package, inside this bundle with the embedded
 * parquet-java, only to call their package-private constructor with the builder's defaults. A change
 * of that constructor fails this module's compilation, not a load.
 */
public final class PlainReadOptions {
    private static final int MAX_ALLOCATION_BYTES = 8 << 20;

    private PlainReadOptions() {
    }

    /**
     * @param codecs decompresses the pages (no Hadoop codec)
     * @return options that read every row, verify no checksum and filter nothing
     */
    public static ParquetReadOptions of(CompressionCodecFactory codecs) {
        return new ParquetReadOptions(false, true, true, true, true, false, true, false, false, FilterCompat.NOOP,
                ParquetMetadataConverter.NO_FILTER, codecs, new HeapByteBufferAllocator(), MAX_ALLOCATION_BYTES, Map.of(),
                null, null, new PlainParquetConfiguration());
    }
}
