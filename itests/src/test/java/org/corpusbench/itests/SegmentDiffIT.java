package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@code segment-diff} on the seeds between {@code jieba} (Python jieba 0.42.1) and
 * {@code jieba-analysis} 1.0.2: the patterns known to differ (jieba-analysis keeps 并为, 更多 and
 * 之年 whole and cuts {@code %} off the digits before it) from the console and over REST, for a
 * corpus reader; without credentials REST answers 401.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SegmentDiffIT extends WorkbenchTestSupport {
    static final ApiCalls.Login READER = new ApiCalls.Login("differ", "Differ-green-Kettle-5163");
    /** jieba's split, then jieba-analysis's, as the console prints a pattern. */
    static final List<String> KNOWN = List.of("并 为 | 并为 × ", "更 多 | 更多 × ", "之 年 | 之年 × ");
    static final Pattern PERCENT = Pattern.compile("(?m)^[0-9.]+% \\| [0-9.]+ % × \\d+");

    private final ApiCalls api = new ApiCalls();

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/users.properties", READER.user(), READER.password() + ",corpus-reader,ssh"));
    }

    @Test
    public void jiebaAndJiebaAnalysisDisagreeOnTheKnownPatternsForAReaderOnTheConsoleAndOverRest() throws Exception {
        awaitSeeds();
        await("the segment-diff analysis", () -> executeCommand("corpus:analyses --no-format").contains("segment-diff"));

        String console = executeCommand("corpus:segment-diff --limit 0 --examples 1 seeds");
        for (String pattern : KNOWN) {
            assertTrue(pattern + " in\n" + console, console.contains("\n" + pattern));
        }
        assertTrue("a percentage after digits in\n" + console, PERCENT.matcher(console).find());
        String text = executeCommand("corpus:segment-diff --text 出席活动并为先进个人颁奖");
        assertTrue(text, text.contains("\n并 为 | 并为 × 1\n    text: 出席活动[并为]先进个人颁奖\n"));

        try (SshConsole reader = SshConsole.login(READER.user(), READER.password())) {
            SshConsole.Result asReader = reader.run("corpus:segment-diff --limit 5 seeds");
            assertFalse(asReader.toString(), asReader.refused() || asReader.all().contains("Error"));
            assertTrue(asReader.toString(), asReader.out().contains(" × ") && asReader.out().contains("... 5 of "));
        }

        String run = "/corpus/api/v1/analyses/segment-diff/run?corpus=seeds&limit=10000";
        HttpResponse<byte[]> anonymous = api.send("GET", run, null, null);
        assertEquals(text(anonymous), 401, anonymous.statusCode());
        HttpResponse<byte[]> answered = api.send("GET", run, READER, null);
        assertEquals(text(answered), 200, answered.statusCode());
        JsonNode rows = new ObjectMapper().readTree(answered.body()).get("rows");
        List<String> patterns = new ArrayList<>();
        rows.forEach(row -> patterns.add(row.get(1).asText() + " | " + row.get(2).asText() + " × "));
        for (String pattern : KNOWN) {
            assertTrue(pattern + " over REST in " + patterns, patterns.contains(pattern));
        }
        assertTrue("a percentage over REST in " + patterns, patterns.stream().anyMatch(p -> p.matches("[0-9.]+% \\| [0-9.]+ % × ")));
        assertEquals("REST and console list the same number of patterns", rows.size(),
                console.lines().filter(line -> !line.startsWith(" ") && line.contains(" × ")).count());

        HttpResponse<byte[]> csv = api.send("GET", "/corpus/api/v1/analyses/segment-diff/export?corpus=seeds&format=csv", READER, null);
        assertEquals(text(csv), 200, csv.statusCode());
        assertTrue(text(csv), Pattern.compile("\"?并为\"?,\"?并 为\"?,\"?并为\"?,").matcher(text(csv)).find());
        HttpResponse<byte[]> missing = api.send("GET", run + "&segmenter_b=nope", READER, null);
        assertEquals(text(missing), 400, missing.statusCode());
        assertTrue(text(missing), text(missing).contains("'nope' is not installed; installed are: ") && text(missing).contains("jieba-analysis"));
    }
}
