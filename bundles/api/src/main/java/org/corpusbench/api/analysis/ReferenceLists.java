package org.corpusbench.api.analysis;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The reference frequency lists analyses may be given by name: registered lists and users' files. Thread-safe. */
@ProviderType
public interface ReferenceLists {
    /** @return the names of the available lists */
    List<String> names();

    /**
     * @param name a list name
     * @return the list as it is now
     * @throws org.corpusbench.api.NotFoundException if there is no such list
     */
    ReferenceList list(String name);
}
