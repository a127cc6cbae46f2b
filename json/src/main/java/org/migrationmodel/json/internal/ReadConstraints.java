package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's read constraints set to a reader's limits, failing with a {@link LimitException} that
 * names the limit broken, so that the reader can say which without reading Jackson's messages.
 * Jackson's {@link StreamReadConstraints} is made to be extended this way: its constructors are
 * protected and its checks public.
 */
final class ReadConstraints extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  private ReadConstraints(ReaderBounds limits) {
    super(
        limits.maxNestingDepth(),
        DEFAULT_MAX_DOC_LEN,
        limits.maxNumberLength(),
        limits.maxStringLength(),
        limits.maxNameLength(),
        DEFAULT_MAX_TOKEN_COUNT);
  }

  static StreamReadConstraints of(ReaderBounds limits) {
    return new ReadConstraints(limits);
  }

  @Override
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    if (depth > _maxNestingDepth) {
      throw new LimitException(LimitException.Limit.NESTING_DEPTH);
    }
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    if (length > _maxStringLen) {
      throw new LimitException(LimitException.Limit.STRING_LENGTH);
    }
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    if (length > _maxNameLen) {
      throw new LimitException(LimitException.Limit.NAME_LENGTH);
    }
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    if (length > _maxNumLen) {
      throw new LimitException(LimitException.Limit.NUMBER_LENGTH);
    }
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    if (length > _maxNumLen) {
      throw new LimitException(LimitException.Limit.NUMBER_LENGTH);
    }
  }
}
