package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.Segmenters;

/** Completes the names of the segmenters registered now. */
@Service
public class SegmenterCompleter extends LiveCompleter {
    @Reference
    Segmenters segmenters;

    @Override
    List<String> candidates(CommandLine line) {
        return segmenters.names();
    }
}
