package org.migrationmodel.json;

import java.util.Optional;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.ValidationReport;

/**
 * What reading one document, or one record of a bulk input, gave: the programme when one could be
 * built, and one report of every problem found in reading it and, when the reader has a validator,
 * in validating it. Immutable.
 *
 * <p>A programme is built whenever its id, title and classification could be read; values that
 * could not be read are left out of it, each with a finding. Every finding, the validator's too,
 * points into the document: after an element that was left out, a list's indexes in the programme
 * differ from the document's, and the findings give the document's.
 */
public final class ReadResult extends RecordResult<Programme> {

  ReadResult(Programme programme, ValidationReport report, int recordNumber, int line) {
    super(programme, report, recordNumber, line);
  }

  /**
   * The programme read.
   *
   * @return the programme, or empty when the document could not give one
   */
  public Optional<Programme> programme() {
    return Optional.ofNullable(valueOrNull());
  }
}
