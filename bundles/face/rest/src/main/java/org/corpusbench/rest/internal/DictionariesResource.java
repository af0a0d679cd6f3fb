package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The user dictionaries, as {@code corpus:dicts}, {@code dict-add}, {@code dict-remove} and {@code dict-import} use them. */
@Component(service = DictionariesResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-dictionaries")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("dictionaries")
@Produces(MediaType.APPLICATION_JSON)
public final class DictionariesResource {
    /** The largest dictionary file taken: 16 MiB, several times jieba's own dictionary. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private final UserDictionaries dictionaries;

    @Activate
    public DictionariesResource(@Reference UserDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The user dictionaries, by name, with their number of entries and SHA-256, as corpus:dicts lists them")
    public List<Wire.Dictionary> list() {
        return dictionaries.list().stream().map(each -> new Wire.Dictionary(each.name(), each.entries().size(), each.sha256())).toList();
    }

    @GET
    @Path("{name}")
    @RequiresRole(Role.READER)
    @Summary("A user dictionary's entries, in order, as corpus:dicts NAME lists them")
    public Wire.DictionaryEntries get(@PathParam("name") String name) {
        return entries(dictionaries.get(name));
    }

    @POST
    @Path("{name}/entries")
    @RequiresRole(Role.ADMIN)
    @Summary("Adds a word to a user dictionary (made if missing), replacing an entry for the same word, as corpus:dict-add")
    public Wire.DictionaryEntries add(@PathParam("name") String name,
            @QueryParam("word") @Summary("the word") String word,
            @QueryParam("frequency") @WholeNumber @Summary("its frequency; without one, jieba's suggest_freq chooses") String frequency,
            @QueryParam("tag") @Summary("its part-of-speech tag, lower-case (n, ns, nr, v ...)") String tag) {
        if (word == null || word.isEmpty()) {
            throw new CorpusException("Give the word to add as ?word=");
        }
        Long count = frequency == null || frequency.isEmpty() ? null : (long) Numbers.whole("frequency", frequency, 0, Integer.MAX_VALUE);
        return entries(dictionaries.add(name, List.of(new UserDictionary.Entry(word, count, tag == null || tag.isEmpty() ? null : tag))));
    }

    @POST
    @Path("{name}/import")
    @RequiresRole(Role.ADMIN)
    @AlsoAnswers(413)
    @Summary("Adds the entries of a user dictionary file in jieba's format (UTF-8, 'word [frequency] [tag]' a line, at most "
            + "16 MiB) to a dictionary, made if missing, as corpus:dict-import; a bad line is a 400 naming it, and changes nothing")
    public Wire.DictionaryEntries importFile(@PathParam("name") String name,
            @Summary("the dictionary file, whatever its Content-Type") InputStream body) throws IOException {
        UserDictionary.checkName(name);
        byte[] file = new LimitedInputStream(body, MAX_FILE_BYTES).readAllBytes();
        List<UserDictionary.Entry> read = UserDictionary.read(file, "the request body");
        if (read.isEmpty()) {
            throw new CorpusException("The request body holds no dictionary entries ('word [frequency] [tag]' a line)");
        }
        return entries(dictionaries.add(name, read));
    }

    @DELETE
    @Path("{name}/entries/{word}")
    @RequiresRole(Role.ADMIN)
    @Summary("Removes a word from a user dictionary, as corpus:dict-remove")
    public Wire.DictionaryEntries removeWord(@PathParam("name") String name, @PathParam("word") String word) {
        return entries(dictionaries.removeWord(name, word));
    }

    @DELETE
    @Path("{name}")
    @RequiresRole(Role.ADMIN)
    @Summary("Removes a user dictionary, as corpus:dict-remove --all")
    public void delete(@PathParam("name") String name) {
        if (!dictionaries.delete(name)) {
            throw new NotFoundException("dictionary", name);
        }
    }

    private static Wire.DictionaryEntries entries(UserDictionary dictionary) {
        return new Wire.DictionaryEntries(dictionary.name(), dictionary.sha256(), dictionary.entries().stream()
                .map(entry -> new Wire.DictionaryEntry(entry.word(), entry.frequency(), entry.tag())).toList());
    }
}
