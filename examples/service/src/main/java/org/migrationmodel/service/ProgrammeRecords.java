package org.migrationmodel.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Iterator;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The programmes of a request body, read one record at a time as they are asked for, so that a
 * large upload is never held whole. NDJSON is read as NDJSON; a JSON body is one document or an
 * array, told apart by its first bytes as the command-line tool does.
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

  Iterator<ReadResult> read(HttpServletRequest request, boolean lenient) throws IOException {
    ProgrammeReader reader = readers.reader(lenient);
    BufferedInputStream in = bodies.open(request);
    MediaType type = MediaType.parseMediaType(request.getContentType());
    return type.isCompatibleWith(MediaType.parseMediaType(NDJSON))
        ? reader.records(in, BulkFormat.NDJSON).iterator()
        : reader.records(in).iterator();
  }
}
