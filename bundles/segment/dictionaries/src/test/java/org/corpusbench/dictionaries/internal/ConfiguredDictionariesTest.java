package org.corpusbench.dictionaries.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.FolderRoots;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.UserDictionary;
import org.corpusbench.api.UserDictionary.Entry;
import org.corpusbench.dictionaries.DictionaryVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class ConfiguredDictionariesTest {
    /** Config Admin in memory: factory configurations by PID, as Felix names them ({@code factory~name}). */
    private final Map<String, Configuration> stored = new LinkedHashMap<>();
    private ConfiguredDictionaries dictionaries;
    @TempDir
    Path versions;
    @TempDir
    Path imports;

    @BeforeEach
    void start() throws Exception {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        when(admin.listConfigurations(anyString())).thenAnswer(call -> stored.isEmpty() ? null : stored.values().toArray(Configuration[]::new));
        when(admin.getFactoryConfiguration(anyString(), anyString(), anyString()))
                .thenAnswer(call -> configuration(call.getArgument(0) + "~" + call.getArgument(1), null));
        dictionaries = new ConfiguredDictionaries(admin, new DictionaryVersions(versions), new FolderRoots("import", List.of(imports), List.of()));
    }

    private Configuration configuration(String pid, Dictionary<String, Object> initial) throws Exception {
        Configuration configuration = mock(Configuration.class);
        Dictionary<String, Object>[] properties = new Dictionary[] {initial};
        when(configuration.getPid()).thenReturn(pid);
        when(configuration.getProperties()).thenAnswer(call -> properties[0]);
        doAnswer(call -> {
            properties[0] = call.getArgument(0);
            stored.put(pid, configuration);
            return null;
        }).when(configuration).update(any());
        doAnswer(call -> stored.remove(pid)).when(configuration).delete();
        return configuration;
    }

    @Test
    void addingMakesTheDictionaryAndALaterEntryForAWordReplacesItInPlace() {
        dictionaries.add("liaocheng", List.of(Entry.parse("聊城 10 ns"), Entry.parse("东昌府区")));
        UserDictionary changed = dictionaries.add("liaocheng", List.of(Entry.parse("聊城 20"), Entry.parse("茌平 ns")));

        assertEquals("聊城 20\n东昌府区\n茌平 ns\n", changed.text());
        assertEquals(changed, dictionaries.get("liaocheng"));
        assertEquals(List.of("liaocheng"), dictionaries.list().stream().map(UserDictionary::name).toList());
    }

    @Test
    void removingAWordOrTheDictionary() {
        UserDictionary before = dictionaries.add("names", List.of(Entry.parse("张三 5 nr"), Entry.parse("李四")));
        assertEquals("李四\n", dictionaries.removeWord("names", "张三").text());
        assertThrows(NotFoundException.class, () -> dictionaries.removeWord("names", "王五"));
        assertThrows(NotFoundException.class, () -> dictionaries.removeWord("places", "聊城"));

        assertTrue(dictionaries.delete("names"));
        assertFalse(dictionaries.delete("names"));
        assertThrows(NotFoundException.class, () -> dictionaries.get("names"));
        assertEquals(before, dictionaries.version(before.sha256()).orElseThrow(), "a version once used is kept");
    }

    @Test
    void aHandWrittenConfigurationMayGiveEntriesAsOneStringAndABadOneIsNamed() throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("entries", "聊城 10 ns\r\n\r\n东昌府区 ns\n");
        stored.put("org.corpusbench.dictionary~places", configuration("org.corpusbench.dictionary~places", properties));
        assertEquals("聊城 10 ns\n东昌府区 ns\n", dictionaries.get("places").text());

        properties.put("entries", new String[] {"聊城 10 ns", " ", "茌平 99999999999999999999"});
        CorpusException bad = assertThrows(CorpusException.class, () -> dictionaries.get("places"));
        assertTrue(bad.getMessage().startsWith("Dictionary 'places', entry 3: "), bad.getMessage());
    }

    @Test
    void namesAndEntriesAreChecked() {
        assertThrows(CorpusException.class, () -> dictionaries.add("../etc", List.of(Entry.parse("聊城"))));
        assertThrows(CorpusException.class, () -> new Entry("聊城 12", null, null), "would read back as 聊城 with frequency 12");
        assertThrows(CorpusException.class, () -> new Entry("聊城", -1L, null));
        assertThrows(CorpusException.class, () -> new Entry("聊城", null, "NS"));
        assertEquals(new Entry("New York", 5L, "ns"), Entry.parse("New York 5 ns"));
    }

    @Test
    void importingAFileReadsItAsJiebaDoesAndOnlyInsideTheImportRoots() throws Exception {
        Path file = Files.write(imports.resolve("names.txt"), "\uFEFF聊城 20000 ns\r\n\r\n茌平\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("聊城 20000 ns\n茌平\n", dictionaries.importFile("places", file).text());

        byte[] gbk = "东昌府区 ns\n".getBytes("GBK");
        Path bad = Files.write(imports.resolve("gbk.txt"), gbk);
        CorpusException refused = assertThrows(CorpusException.class, () -> dictionaries.importFile("places", bad));
        assertTrue(refused.getMessage().contains("gbk.txt, line 1: not UTF-8"), refused.getMessage());

        Path outside = Files.write(versions.resolve("elsewhere.txt"), "聊城\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(CorpusException.class, () -> dictionaries.importFile("places", outside));
        assertEquals("聊城 20000 ns\n茌平\n", dictionaries.get("places").text(), "a refused file changes nothing");
    }
}
