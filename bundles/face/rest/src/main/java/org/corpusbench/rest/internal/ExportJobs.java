package org.corpusbench.rest.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;

/**
 * A whole result table exported as a job, for tables too large to wait for: the job runs the
 * analysis and writes the table through the exporter into a file of {@link FinishedExports}; its
 * result is {@code exports/<id>}, which the job's owner downloads. A failed or cancelled job leaves no file.
 */
final class ExportJobs {
    private final JobService jobs;
    private final AnalysisService analyses;
    private final CorpusRepository repository;
    private final FinishedExports files;

    ExportJobs(JobService jobs, AnalysisService analyses, CorpusRepository repository, FinishedExports files) {
        this.jobs = jobs;
        this.analyses = analyses;
        this.repository = repository;
        this.files = files;
    }

    /**
     * @return the queued or running job
     * @throws NotFoundException at once for an analysis or a corpus that is not there (a parameter's
     *         problem ends the job as failed, with the analysis's message)
     */
    JobStatus start(String owner, String analysis, String corpus, Map<String, String> parameters, Exporter exporter) {
        analyses.analysis(analysis).orElseThrow(() -> new NotFoundException("analysis", analysis));
        repository.require(corpus);
        FinishedExports.Export export = files.reserve(owner, corpus + "-" + analysis + "." + exporter.extension(),
                exporter.mediaType());
        try {
            return jobs.submit(owner, "export " + analysis + " of " + corpus + " as " + exporter.format(), progress -> {
                try (AnalysisResult result = analyses.run(analysis, corpus, parameters, progress);
                        OutputStream out = Files.newOutputStream(export.file())) {
                    exporter.write(result, out);
                } catch (Exception | Error e) {
                    files.remove(export.id());
                    throw e;
                }
                return "exports/" + export.id();
            });
        } catch (RuntimeException e) {
            files.remove(export.id());
            throw e;
        }
    }
}
