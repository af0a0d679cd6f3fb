package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.corpusbench.api.analysis.AnalysisService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The console's help and Tab completion as Karaf wires them: examples over SSH, completers fed by the live services. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleCompletionIT extends WorkbenchTestSupport {
    private static final String READER = "console-reader";
    private static final String READER_PASSWORD = "Console-tidy-Harbour-5307";

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/users.properties", READER, READER_PASSWORD + ",corpus-reader,ssh"));
    }

    @Test
    public void helpShowsExamplesOverSsh() throws Exception {
        awaitSeeds();
        await("Karaf's SSH server", ConsoleCompletionIT::sshListens);
        try (SshConsole reader = SshConsole.login(READER, READER_PASSWORD)) {
            SshConsole.Result help = reader.run("corpus:run --help");
            assertTrue(help.toString(), help.out().contains("Examples:"));
            assertTrue(help.toString(), help.out().contains("corpus:run --top 5 frequency seeds"));
            SshConsole.Result run = reader.run("corpus:run --top 1 frequency seeds");
            assertTrue("a headless exec session draws no progress line: " + run, !run.all().contains("\r"));
        }
    }

    @Test
    public void completersOfferTheLiveCorporaAnalysesAndParameters() throws Exception {
        awaitSeeds();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            assertTrue(complete(session, "CorpusNameCompleter", "corpus:info", "se").contains("seeds"));
            assertTrue(complete(session, "AnalysisNameCompleter", "corpus:run", "freq").contains("frequency"));
            assertEquals(List.of("min_count="), complete(session, "ParameterCompleter", "corpus:run", "frequency", "seeds", "min_c"));
            assertEquals(List.of("jieba", "jieba-analysis", "jieba-pos"), complete(session, "SegmenterCompleter", "corpus:segment", "--segmenter", ""));
            assertTrue(complete(session, "FormatCompleter", "corpus:export", "--format", "").containsAll(List.of("csv", "json")));
        } finally {
            session.close();
        }
    }

    @Test
    public void anAnalysisHotDeployedCompletesItsParametersAndVanishesWithIt() throws Exception {
        awaitSeeds();
        AnalysisService analyses = service(AnalysisService.class);
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "wordlength.jar");
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), System.out, System.out);
        try {
            Files.copy(Path.of(System.getProperty("corpusbench.example.bundle")), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("wordlength to appear", () -> analyses.analysis("wordlength").isPresent());

            assertEquals(List.of("wordlength"), complete(session, "AnalysisNameCompleter", "corpus:run", "wordl"));
            assertEquals(List.of("chinese_only=", "selection="), complete(session, "ParameterCompleter", "corpus:run", "wordlength", "seeds", ""));
            assertEquals(List.of("chinese_only=false", "chinese_only=true"),
                    complete(session, "ParameterCompleter", "corpus:run", "wordlength", "seeds", "chinese_only="));

            Files.delete(deployed);
            await("wordlength to vanish", () -> analyses.analysis("wordlength").isEmpty());
            assertEquals(List.of(), complete(session, "ParameterCompleter", "corpus:run", "wordlength", "seeds", ""));
        } finally {
            Files.deleteIfExists(deployed);
            session.close();
        }
    }

    private static boolean sshListens() {
        try (Socket socket = new Socket("127.0.0.1", SshConsole.PORT)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What the bundle's completer of that name offers for a line typed up to the end of its last word. */
    private static List<String> complete(Session session, String completer, String... words) {
        Completer found = session.getRegistry().getServices(Completer.class).stream()
                .filter(candidate -> candidate.getClass().getSimpleName().equals(completer)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + completer + " registered"));
        List<Candidate> candidates = new ArrayList<>();
        found.completeCandidates(session, new TypedLine(words), candidates);
        return candidates.stream().map(Candidate::value).sorted().toList();
    }

    private record TypedLine(String[] words) implements CommandLine {
        @Override
        public int getCursorArgumentIndex() {
            return words.length - 1;
        }

        @Override
        public String getCursorArgument() {
            return words[words.length - 1];
        }

        @Override
        public int getArgumentPosition() {
            return getCursorArgument().length();
        }

        @Override
        public String[] getArguments() {
            return Arrays.copyOf(words, words.length);
        }

        @Override
        public int getBufferPosition() {
            return getBuffer().length();
        }

        @Override
        public String getBuffer() {
            return String.join(" ", words);
        }
    }
}
