package org.migrationmodel.programme;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.CountryRole;

/**
 * A country taking part in a programme, and its role. A country with two roles appears twice.
 * Construction accepts any code; the validator checks it against ISO 3166-1 alpha-2.
 */
@Value.Immutable
@ValueStyle
public abstract class ProgrammeCountry implements Serializable {
  private static final long serialVersionUID = 1L;

  ProgrammeCountry() {}

  /**
   * The country's ISO 3166-1 alpha-2 code, such as {@code ML}; {@code XK} stands for Kosovo, as UN
   * agencies use it.
   *
   * @return the code, never null
   */
  @Value.Parameter
  public abstract String code();

  /**
   * The part the country plays in the programme.
   *
   * @return the role, never null
   */
  @Value.Parameter
  public abstract CountryRole role();

  /**
   * A copy of this country with another code.
   *
   * @param code the new code; not null
   * @return a new country, or this one when the code is the same
   */
  public abstract ProgrammeCountry withCode(String code);

  /**
   * A copy of this country with another role.
   *
   * @param role the new role; not null
   * @return a new country, or this one when the role is the same
   */
  public abstract ProgrammeCountry withRole(CountryRole role);

  /**
   * Members of this object's JSON form that a lenient reader did not recognise, kept so that
   * writing it back loses nothing. Each key is a member name; each value is the member's JSON text
   * as it was read, numbers digit for digit (such as {@code -0.0} or {@code 1e400}). The members
   * belong to this object: they stay with it however the lists around it are edited, and a writer
   * puts them back on it, after its known members. A writer refuses a name that the format uses for
   * this object, and a value that is not one JSON value.
   *
   * @return an immutable map in document order, empty unless read leniently; never null
   */
  public abstract ImmutableMap<String, String> unknownMembers();

  /**
   * A country in a role.
   *
   * @param code the ISO 3166-1 alpha-2 code; not null
   * @param role the role; not null
   * @return the country, never null
   */
  public static ProgrammeCountry of(String code, CountryRole role) {
    return ImmutableProgrammeCountry.of(code, role);
  }

  /**
   * A new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeCountry}; {@code code} and {@code role} are required. */
  public static final class Builder extends ImmutableProgrammeCountry.Builder {
    Builder() {}
  }
}
