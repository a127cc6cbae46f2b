package org.migrationmodel.taxonomy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** When a term entered the catalogue and, if it was retired, when it was withdrawn. Immutable. */
public final class TermLifecycle implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The catalogue version that introduced the term. */
  private final String introducedIn;

  // Null while the term is active; Optional is not Serializable.
  /** The catalogue version that withdrew the term, or null while it is active. */
  private final String withdrawnIn;

  private TermLifecycle(String introducedIn, String withdrawnIn) {
    this.introducedIn = checkNotNull(introducedIn, "introducedIn");
    this.withdrawnIn = withdrawnIn;
  }

  /**
   * The lifecycle of a term that is in use.
   *
   * @param introducedIn the catalogue version that added the term, such as {@code 1.0}; not null
   * @return the lifecycle, never null
   */
  public static TermLifecycle active(String introducedIn) {
    return new TermLifecycle(introducedIn, null);
  }

  /**
   * The lifecycle of a retired term.
   *
   * @param introducedIn the catalogue version that added the term; not null
   * @param withdrawnIn the catalogue version that withdrew it; not null
   * @return the lifecycle, never null
   */
  public static TermLifecycle withdrawn(String introducedIn, String withdrawnIn) {
    return new TermLifecycle(introducedIn, checkNotNull(withdrawnIn, "withdrawnIn"));
  }

  /**
   * Whether the term is active or withdrawn.
   *
   * @return the status, never null
   */
  public TermStatus status() {
    return withdrawnIn == null ? TermStatus.ACTIVE : TermStatus.WITHDRAWN;
  }

  /**
   * The catalogue version that added the term.
   *
   * @return the version, never null
   */
  public String introducedIn() {
    return introducedIn;
  }

  /**
   * The catalogue version that withdrew the term.
   *
   * @return the version, or empty while the term is active
   */
  public Optional<String> withdrawnIn() {
    return Optional.ofNullable(withdrawnIn);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TermLifecycle that
        && introducedIn.equals(that.introducedIn)
        && Objects.equals(withdrawnIn, that.withdrawnIn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(introducedIn, withdrawnIn);
  }

  @Override
  public String toString() {
    return withdrawnIn == null
        ? "active since " + introducedIn
        : "introduced in " + introducedIn + ", withdrawn in " + withdrawnIn;
  }
}
