package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;

/**
 * Loads an uploaded file as a job, with the importer that {@code corpus:load} uses: the body is
 * written to a folder of its own among the uploads (inside the import roots) while the request
 * lasts, then a job creates the corpus from it or adds it to one, and removes the file when it ends.
 * What can go wrong with the file or the corpus (undecodable text, a corpus that exists already or
 * does not) ends the job as failed with the importer's message.
 */
final class UploadJobs {
    private final JobService jobs;
    private final CorpusImporter importer;
    private final Path folder;
    private final long maxBytes;

    /**
     * @param jobs runs the loading
     * @param importer loads the file
     * @param folder where uploads are written, inside the import roots
     * @param maxBytes the largest body accepted
     */
    UploadJobs(JobService jobs, CorpusImporter importer, Path folder, long maxBytes) {
        this.jobs = jobs;
        this.importer = importer;
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /**
     * @param owner the user
     * @param corpus the corpus to create or add to
     * @param filename the file's name as the client gives it, which says how to read it
     * @param mode {@code create} or {@code add}
     * @param options how to read it, as {@code corpus:load}'s options say (encoding, loader, ...)
     * @param body the file
     * @return the job, queued or running; its result is {@code corpora/<corpus>}
     * @throws CorpusException if the mode or the file name is not one we take, or the job queue is full
     * @throws Upload.TooLarge if the body exceeds the limit
     * @throws IOException if the body cannot be read or written
     */
    JobStatus start(String owner, String corpus, String filename, String mode, LoadOptions options, InputStream body)
            throws IOException {
        boolean add = switch (mode == null ? "" : mode) {
            case "create" -> false;
            case "add" -> true;
            default -> throw new CorpusException("Parameter 'mode' must be create or add, not '" + mode + "'");
        };
        Upload upload = Upload.receive(folder, filename, body, maxBytes);
        try {
            String title = add ? "add " + filename + " to " + corpus : "load " + filename + " as " + corpus;
            return jobs.submit(owner, title, progress -> {
                try (upload) {
                    if (add) {
                        importer.extend(corpus, upload.file(), options, progress);
                    } else {
                        importer.importPath(corpus, upload.file(), options, progress);
                    }
                    return "corpora/" + corpus;
                }
            });
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }
}
