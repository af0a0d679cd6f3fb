package org.corpusbench.repository.internal;

import org.corpusbench.api.CorpusInfo;

/**
 * The small descriptor of a generation. The corpus name inside is informative only: the folder's
 * name is the corpus's name, so renaming is one atomic folder rename.
 *
 * @param format the {@link StoreLayout#FORMAT} it was written in
 * @param info sizes, creation time and provenance
 */
record StoredInfo(int format, CorpusInfo info) {
}
