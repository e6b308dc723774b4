package org.iocmetrics.ingest;

import java.util.List;
import java.util.Map;
import org.iocmetrics.common.Location;
import org.iocmetrics.contract.Source;

/**
 * A validated input drop: its files per source, the batch id (a content hash of every data file,
 * so the same drop delivered twice has the same id) and the files it holds that are not read, as
 * paths relative to the drop with '/', sorted (a hidden folder is one entry ending in '/').
 */
record Drop(Location root, String batchId, Map<Source, List<DropFile>> files, List<String> ignoredFiles) {

    List<DropFile> filesOf(Source source) {
        return files.get(source);
    }

    List<String> relativePaths(Source source) {
        return filesOf(source).stream().map(DropFile::relativePath).toList();
    }
}
