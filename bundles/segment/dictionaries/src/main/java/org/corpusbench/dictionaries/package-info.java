/** User dictionaries' storage, in plain Java. Not exported: the service is {@link org.corpusbench.api.UserDictionaries}. */
package org.corpusbench.dictionaries;
