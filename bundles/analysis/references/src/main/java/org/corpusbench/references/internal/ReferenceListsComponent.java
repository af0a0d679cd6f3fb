package org.corpusbench.references.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.corpusbench.api.FolderSetting;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ReferenceLists;
import org.corpusbench.references.ReferenceFolder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link ReferenceLists} service: every registered {@link ReferenceList} (a whiteboard, so a
 * bundle that registers one, or is removed, changes the lists at once) and the files in the
 * configured folder.
 */
@Component(service = ReferenceLists.class, configurationPid = ReferenceListsComponent.PID)
@Designate(ocd = ReferenceListsComponent.Config.class)
public final class ReferenceListsComponent implements ReferenceLists {
    /** The configuration PID. */
    static final String PID = "org.corpusbench.references";

    @ObjectClassDefinition(name = "Reference lists", description = "Where users' reference frequency lists are: files "
            + "<name>.txt, UTF-8, one 'word<TAB>count' a line, '#' starts a comment line, an optional '# tokens: N' line "
            + "gives the total; analyses take them as reference=list:<name>.")
    @interface Config {
        @AttributeDefinition(name = "Folder", description = "The folder of the list files; ${karaf.etc} and other "
                + "${property} are replaced. A file is read again when it changes. A file named like a registered list "
                + "(jieba.txt) takes its place.")
        String folder() default "${karaf.etc}/references";
    }

    private final List<ReferenceList> registered = new CopyOnWriteArrayList<>();
    private final ReferenceFolder lists;

    /**
     * @param config the folder
     * @param context to read Karaf's folder properties
     */
    @Activate
    public ReferenceListsComponent(Config config, BundleContext context) {
        this.lists = new ReferenceFolder(FolderSetting.resolve("reference list", config.folder(), context::getProperty), () -> registered);
    }

    /** @param list a list a bundle registered */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addList(ReferenceList list) {
        registered.add(list);
    }

    /** @param list a list whose bundle went away */
    void removeList(ReferenceList list) {
        registered.remove(list);
    }

    @Override
    public List<String> names() {
        return lists.names();
    }

    @Override
    public ReferenceList list(String name) {
        return lists.list(name);
    }
}
