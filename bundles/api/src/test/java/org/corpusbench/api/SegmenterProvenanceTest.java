package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmenterProvenanceTest {
    private static final Segmenter SEGMENTER = new Segmenter() {
        @Override
        public List<Token> segment(String text) {
            return List.of();
        }

        @Override
        public Map<String, String> provenance() {
            return Map.of("mode", "precise");
        }
    };

    @Test
    void recordsTheNameWhatTheSegmenterSaysAndNoDictionaryKeysWithoutDictionaries() {
        assertEquals(Map.of("segmenter", "jieba", "segmenter.mode", "precise"),
                CorpusInfo.segmenterProvenance("jieba", SEGMENTER, List.of()));
    }

    @Test
    void recordsTheDictionariesInOrderWithTheHashOfEachOnesText() {
        UserDictionary places = new UserDictionary("places", List.of(UserDictionary.Entry.parse("东昌府区 5 ns")));
        UserDictionary names = new UserDictionary("names", List.of(UserDictionary.Entry.parse("李白")));
        Map<String, String> provenance = CorpusInfo.segmenterProvenance("jieba", SEGMENTER, List.of(places, names));
        assertEquals("places,names", provenance.get("dictionaries"));
        // The hash of "东昌府区 5 ns\n" in UTF-8, as sha256sum prints it.
        assertEquals("e923d4a6b0b548d6cf8982f8cb32ae0e30882fcc14b4883468861db13a446fd2", provenance.get("dictionary.places.sha256"));
        assertEquals(places.sha256(), provenance.get(CorpusInfo.dictionarySha256Key("places")));
        assertEquals(names.sha256(), provenance.get("dictionary.names.sha256"));
        assertEquals(List.of("segmenter", "segmenter.mode", "dictionaries", "dictionary.places.sha256", "dictionary.names.sha256"),
                List.copyOf(provenance.keySet()));
    }
}
