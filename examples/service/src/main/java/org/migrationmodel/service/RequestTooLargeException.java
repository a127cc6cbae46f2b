package org.migrationmodel.service;

import java.io.IOException;

/**
 * A request body went past the service's size limit. An {@link IOException}, so that it ends the
 * library's reader as a failure to read the input would, instead of being reported as a finding.
 */
final class RequestTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  RequestTooLargeException(long limit) {
    super("The request body is larger than the limit of " + limit + " bytes.");
  }
}
