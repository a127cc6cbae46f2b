package org.migrationmodel.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The programmes of a request body, read one record at a time as they are asked for, so that a
 * large upload is never held whole. NDJSON is read as NDJSON; a JSON body's layout (one document,
 * an array, or NDJSON after all) is told by the library, as the command-line tool's is.
 */
@Component
final class ProgrammeRecords {
  /** The media type of NDJSON bodies. */
  static final String NDJSON = "application/x-ndjson";

  private final RequestBodies bodies;
  private final Readers readers;

  ProgrammeRecords(RequestBodies bodies, Readers readers) {
    this.bodies = bodies;
    this.readers = readers;
  }

  /**
   * The records of the body, whose summary says whether reading stopped before the body's end.
   * Closing them leaves the body to the servlet container.
   */
  RecordStream<ReadResult> read(HttpServletRequest request, boolean lenient) throws IOException {
    ProgrammeReader reader = readers.reader(lenient);
    BufferedInputStream in = bodies.open(request);
    MediaType type = MediaType.parseMediaType(request.getContentType());
    return type.isCompatibleWith(MediaType.parseMediaType(NDJSON))
        ? reader.records(in, BulkFormat.NDJSON)
        : reader.records(in);
  }
}
