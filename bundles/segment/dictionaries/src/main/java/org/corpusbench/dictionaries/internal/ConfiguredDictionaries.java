package org.corpusbench.dictionaries.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.FolderRoots;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;
import org.corpusbench.dictionaries.DictionaryVersions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link UserDictionaries} service. Each dictionary is a named factory configuration of
 * {@value UserDictionaries#FACTORY_PID} (Karaf keeps it as {@code etc/org.corpusbench.dictionary~NAME.cfg}
 * once written), read afresh on each call, so a change by hand or through this service is seen at once.
 * Changes are serialised here; every version handed out is kept in the bundle's data folder.
 */
@Component(service = UserDictionaries.class, configurationPid = "org.corpusbench.importer")
public final class ConfiguredDictionaries implements UserDictionaries {
    /** The importer's default, for when its configuration names none. */
    private static final List<String> DEFAULT_IMPORT_ROOTS = List.of("${karaf.home}/seeds", "${karaf.data}/import");

    private final ConfigurationAdmin configurations;
    private final DictionaryVersions versions;
    private final FolderRoots importRoots;

    /**
     * @param configurations where the dictionaries are kept
     * @param context for the bundle's data folder, where versions are kept, and Karaf's folders
     * @param importer the importer's configuration, whose {@code import.roots} say which files may be imported
     */
    @Activate
    public ConfiguredDictionaries(@Reference ConfigurationAdmin configurations, BundleContext context, Map<String, Object> importer) {
        this(configurations, new DictionaryVersions(context.getDataFile("versions").toPath()),
                FolderRoots.forKaraf("import", importRoots(importer.get("import.roots")), context::getProperty));
    }

    ConfiguredDictionaries(ConfigurationAdmin configurations, DictionaryVersions versions, FolderRoots importRoots) {
        this.configurations = configurations;
        this.versions = versions;
        this.importRoots = importRoots;
    }

    private static List<String> importRoots(Object configured) {
        if (configured instanceof String[] roots) {
            return List.of(roots);
        }
        if (configured instanceof Collection<?> roots) {
            return roots.stream().map(String::valueOf).toList();
        }
        return configured == null ? DEFAULT_IMPORT_ROOTS : List.of(String.valueOf(configured).split("\\s*,\\s*"));
    }

    @Override
    public UserDictionary importFile(String name, Path file) {
        UserDictionary.checkName(name);
        Path readable = importRoots.existing(file.toString());
        try {
            List<UserDictionary.Entry> read = UserDictionary.read(Files.readAllBytes(readable), String.valueOf(file.getFileName()));
            if (read.isEmpty()) {
                throw new CorpusException("'" + file + "' holds no dictionary entries ('word [frequency] [tag]' a line)");
            }
            return add(name, read);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + file + "': " + e.getMessage(), e);
        }
    }

    @Override
    public List<UserDictionary> list() {
        List<UserDictionary> dictionaries = new ArrayList<>();
        for (Configuration configuration : stored()) {
            dictionaries.add(read(configuration));
        }
        dictionaries.sort(Comparator.comparing(UserDictionary::name));
        return dictionaries;
    }

    @Override
    public UserDictionary get(String name) {
        return versions.keep(read(find(name).orElseThrow(() -> new NotFoundException("dictionary", name))));
    }

    @Override
    public synchronized UserDictionary add(String name, List<UserDictionary.Entry> added) {
        UserDictionary.checkName(name);
        Optional<Configuration> existing = find(name);
        List<UserDictionary.Entry> entries = new ArrayList<>(existing.map(this::read).map(UserDictionary::entries).orElse(List.of()));
        for (UserDictionary.Entry entry : added) {
            int at = indexOf(entries, entry.word());
            if (at >= 0) {
                entries.set(at, entry);
                entries.subList(at + 1, entries.size()).removeIf(other -> other.word().equals(entry.word()));
            } else {
                entries.add(entry);
            }
        }
        return store(existing.isPresent() ? existing.get() : created(name), new UserDictionary(name, entries));
    }

    @Override
    public synchronized UserDictionary removeWord(String name, String word) {
        Configuration configuration = find(name).orElseThrow(() -> new NotFoundException("dictionary", name));
        List<UserDictionary.Entry> entries = new ArrayList<>(read(configuration).entries());
        if (!entries.removeIf(entry -> entry.word().equals(word))) {
            throw new NotFoundException("word in dictionary '" + name + "',", word);
        }
        return store(configuration, new UserDictionary(name, entries));
    }

    @Override
    public synchronized boolean delete(String name) {
        Optional<Configuration> configuration = find(name);
        if (configuration.isEmpty()) {
            return false;
        }
        try {
            configuration.get().delete();
            return true;
        } catch (IOException e) {
            throw new CorpusException("Cannot delete dictionary '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<UserDictionary> version(String sha256) {
        return versions.find(sha256);
    }

    private UserDictionary store(Configuration configuration, UserDictionary dictionary) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(NAME, dictionary.name());
        properties.put(ENTRIES, dictionary.entries().stream().map(UserDictionary.Entry::line).toArray(String[]::new));
        try {
            configuration.update(properties);
        } catch (IOException e) {
            throw new CorpusException("Cannot store dictionary '" + dictionary.name() + "': " + e.getMessage(), e);
        }
        return versions.keep(dictionary);
    }

    private Configuration created(String name) {
        try {
            return configurations.getFactoryConfiguration(FACTORY_PID, name, "?");
        } catch (IOException e) {
            throw new CorpusException("Cannot make dictionary '" + name + "': " + e.getMessage(), e);
        }
    }

    private Optional<Configuration> find(String name) {
        return stored().stream().filter(configuration -> nameOf(configuration).equals(name)).findFirst();
    }

    private List<Configuration> stored() {
        try {
            Configuration[] found = configurations.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
            return found == null ? List.of() : List.of(found);
        } catch (IOException | InvalidSyntaxException e) {
            throw new CorpusException("Cannot list the user dictionaries: " + e.getMessage(), e);
        }
    }

    /** The name property, else the factory configuration's own name (after '~'), as Karaf names files. */
    private static String nameOf(Configuration configuration) {
        Dictionary<String, Object> properties = configuration.getProperties();
        Object name = properties == null ? null : properties.get(NAME);
        if (name != null) {
            return String.valueOf(name);
        }
        String pid = configuration.getPid();
        return pid.substring(pid.indexOf('~') + 1);
    }

    /** Entries as a list, an array or one string of lines: a hand-written .cfg may give any of them. */
    private UserDictionary read(Configuration configuration) {
        String name = nameOf(configuration);
        Dictionary<String, Object> properties = configuration.getProperties();
        Object value = properties == null ? null : properties.get(ENTRIES);
        List<String> lines = new ArrayList<>();
        if (value instanceof String[] array) {
            lines.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(line -> lines.add(String.valueOf(line)));
        } else if (value != null) {
            lines.addAll(List.of(String.valueOf(value).split("\r?\n")));
        }
        List<UserDictionary.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("^[ \\t\\x0B\\f\\r]+|[ \\t\\x0B\\f\\r]+$", ""); // ASCII whitespace, as jieba strips
            if (line.isEmpty()) {
                continue;
            }
            try {
                entries.add(UserDictionary.Entry.parse(line));
            } catch (CorpusException e) {
                throw new CorpusException("Dictionary '" + name + "', entry " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new UserDictionary(name, entries);
    }

    private static int indexOf(List<UserDictionary.Entry> entries, String word) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).word().equals(word)) {
                return i;
            }
        }
        return -1;
    }
}
