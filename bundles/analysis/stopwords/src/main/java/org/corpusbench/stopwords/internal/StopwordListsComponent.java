package org.corpusbench.stopwords.internal;

import java.util.List;
import org.corpusbench.api.FolderSetting;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.analysis.StopwordLists;
import org.corpusbench.stopwords.BuiltInLists;
import org.corpusbench.stopwords.StopwordFolder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@link StopwordLists} service: the built-in lists and the files in the configured folder. */
@Component(service = StopwordLists.class, configurationPid = StopwordListsComponent.PID)
@Designate(ocd = StopwordListsComponent.Config.class)
public final class StopwordListsComponent implements StopwordLists {
    /** The configuration PID. */
    static final String PID = "org.corpusbench.stopwords";

    @ObjectClassDefinition(name = "Stopword lists", description = "Where users' stopword lists are: files <name>.txt, "
            + "UTF-8, one word per line, '#' starts a comment line; analyses take them as stopwords=<name>.")
    @interface Config {
        @AttributeDefinition(name = "Folder", description = "The folder of the list files; ${karaf.etc} and other "
                + "${property} are replaced. A file is read again when it changes. A file named like a built-in list "
                + "(zh-function-words.txt) takes its place.")
        String folder() default "${karaf.etc}/stopwords";
    }

    private final StopwordFolder lists;

    /**
     * @param config the folder
     * @param context to read Karaf's folder properties
     */
    @Activate
    public StopwordListsComponent(Config config, BundleContext context) {
        this.lists = new StopwordFolder(FolderSetting.resolve("stopword", config.folder(), context::getProperty), BuiltInLists.load());
    }

    @Override
    public List<String> names() {
        return lists.names();
    }

    @Override
    public StopwordList list(String name) {
        return lists.list(name);
    }
}
