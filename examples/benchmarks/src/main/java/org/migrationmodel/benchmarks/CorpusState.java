package org.migrationmodel.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The corpus, generated once per fork and shared by every benchmark thread. */
@State(Scope.Benchmark)
public class CorpusState {
  Corpus corpus;

  @Setup(Level.Trial)
  public void generate() {
    corpus = Corpus.generate();
  }
}
