package org.migrationmodel.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One thread's place in the corpus. Each benchmark operation takes the next record, going round the
 * whole corpus, so that one operation is one record and JMH's operations per second are records per
 * second.
 */
@State(Scope.Thread)
public class Position {
  private int next;

  int advance(Corpus corpus) {
    int index = next;
    next = index + 1 == corpus.size() ? 0 : index + 1;
    return index;
  }
}
