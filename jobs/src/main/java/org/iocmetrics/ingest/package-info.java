/**
 * Ingestion of an input drop (DATA-CONTRACT.md) into the lake: bronze, silver, quarantine and the
 * ingest log. {@link org.iocmetrics.ingest.IngestJob#prepare} validates the drop and reads every file
 * it still needs to its end (a truncated or corrupt file fails the batch here, with the lake as it
 * was); {@link org.iocmetrics.ingest.IngestJob#commit} then writes it under the lake's lock. The
 * stages are pure Dataset transformations ({@code DropReader} aside, which reads files):
 * <ol>
 *   <li>{@code DropInspector}: the drop is validated before anything is written (directory, every
 *       source, readable files, required columns judged on the whole file); files the contract
 *       does not read are warned about and listed (the manifest's ignored_files); the batch id is a SHA-256 of every data file's
 *       relative path and bytes, so the same drop ingested twice is found in the ingest log and
 *       not written again.</li>
 *   <li>{@code DropReader}: every file as strings; Parquet timestamps become ISO text with an
 *       offset; {@code _row_number} is the 1-based data row within its file, in file order (a
 *       multi-line quoted CSV record is one row).</li>
 *   <li>{@code RowValidation}: typed values and ALL reason codes of a row (bytes that are not UTF-8:
 *       BAD_ENCODING, raw values kept as received; a line that is not a record: BAD_RECORD, its text
 *       kept under {@code _record} in the raw values).</li>
 *   <li>{@code Versioning}: among valid rows, exact copies (same typed contract values) collapse
 *       into the first by file and row; an id and version (updated_at; the id alone for reference
 *       tables) with two contents is CONFLICTING_VERSION for every content (copies of a
 *       conflicting content still count as duplicates); an event version equal to silver's is a
 *       duplicate, a different one a conflict. Older versions than silver's are accepted rows
 *       that the MERGE leaves unapplied. A reference table delivered again with values silver
 *       holds already (a roster: exactly those) is accepted and not written, and its silver
 *       version stays.</li>
 * </ol>
 * Sources run in dependency order (IOCs, agencies, ports, arrivals, screenings, operations), so
 * referential rules see silver including this batch's accepted rows. Each source's log row is
 * written when the source is done: a run stopped half-way (kill -9 included) resumes with the
 * sources not yet logged, and ends with the lake an uninterrupted run leaves. For that, every append
 * carries a write id (batch and source) that Delta commits once; the MERGEs change nothing when
 * repeated; a resumed source is classified against silver without its own batch's rows, and
 * re-promotes the orphans its batch released, so its counts are the first attempt's.
 * Orphans (quarantined for ORPHAN_ARRIVAL alone) keep their original batch and file lineage when
 * promoted to silver; their quarantine row is marked released, never deleted.
 */
package org.iocmetrics.ingest;
