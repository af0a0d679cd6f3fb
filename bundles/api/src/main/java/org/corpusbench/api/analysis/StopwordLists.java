package org.corpusbench.api.analysis;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The stopword lists analyses may be given by name: a built-in default and users' files. Thread-safe. */
@ProviderType
public interface StopwordLists {
    /** @return the names of the available lists, {@code none} included */
    List<String> names();

    /**
     * @param name a list name
     * @return the list as it is now
     * @throws org.corpusbench.api.NotFoundException if there is no such list
     */
    StopwordList list(String name);
}
