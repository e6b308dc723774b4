package org.iocmetrics.reports;

/** One source of one ingest batch, as the ingest log recorded it. */
public record IngestRow(String batchId, String source, String startedAt, long rowsRead, long rowsAccepted,
                        long rowsQuarantined, long rowsDuplicate, Double seconds) {}
