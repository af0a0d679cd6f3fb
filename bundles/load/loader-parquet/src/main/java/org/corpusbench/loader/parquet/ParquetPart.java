package org.corpusbench.loader.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.apache.parquet.PlainReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.corpusbench.api.CorpusException;

/**
 * One Parquet file of a document corpus: its rows' index and id, read first (only those columns),
 * and then its rows one at a time. Reads through {@link LocalInputFile}, {@link PlainReadOptions} and
 * {@link PlainCodecs}, so no Hadoop class is loaded.
 *
 * @param file the file
 * @param name the file as the user knows it ({@code corpus.parquet/part-00000.parquet}), for messages
 * @param schema its schema, checked to be a document corpus's
 * @param indexes its rows' index, in file order
 * @param ids its rows' id, in file order
 */
record ParquetPart(Path file, String name, MessageType schema, long[] indexes, List<String> ids) {

    /**
     * @return the file with its rows' index and id read
     * @throws CorpusException if it is not a Parquet file with the document columns
     */
    static ParquetPart index(Path file, String name) {
        List<Long> indexes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        MessageType[] schema = new MessageType[1];
        scan(file, name, true, (fileSchema, row) -> {
            indexes.add(row.getLong(DocumentRow.INDEX, 0));
            ids.add(row.getString(DocumentRow.ID, 0));
        }, fileSchema -> schema[0] = fileSchema);
        return new ParquetPart(file, name, schema[0], indexes.stream().mapToLong(Long::longValue).toArray(), ids);
    }

    /** @return the smallest index of its rows, or {@link Long#MAX_VALUE} for a file without rows */
    long firstIndex() {
        long first = Long.MAX_VALUE;
        for (long index : indexes) {
            first = Math.min(first, index);
        }
        return first;
    }

    /**
     * Reads every row.
     *
     * @throws CorpusException naming the file and row if a row's tokens do not fit its text
     */
    void read(Consumer<DocumentRow> rows) {
        scan(file, name, false, (fileSchema, row) -> rows.accept(DocumentRow.of(row, name)), fileSchema -> {
        });
    }

    private interface RowHandler {
        void row(MessageType schema, Group row);
    }

    private static void scan(Path file, String name, boolean indexOnly, RowHandler handler, Consumer<MessageType> opened) {
        try (ParquetFileReader reader = new ParquetFileReader(new LocalInputFile(file), PlainReadOptions.of(new PlainCodecs()))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            DocumentRow.checkSchema(schema, name);
            opened.accept(schema);
            MessageType read = indexOnly ? DocumentRow.indexAndId(schema) : schema;
            reader.setRequestedSchema(read);
            ColumnIOFactory columns = new ColumnIOFactory();
            for (PageReadStore pages; (pages = reader.readNextRowGroup()) != null; ) {
                RecordReader<Group> records = columns.getColumnIO(read, schema).getRecordReader(pages, new GroupRecordConverter(read));
                for (long row = 0; row < pages.getRowCount(); row++) {
                    handler.row(schema, records.read());
                }
            }
        } catch (CorpusException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorpusException("'" + name + "' cannot be read as Parquet: " + e.getMessage(), e);
        }
    }
}
