package org.migrationmodel.programme;

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
   * A country in a role.
   *
   * @param code the ISO 3166-1 alpha-2 code; not null
   * @param role the role; not null
   * @return the country, never null
   */
  public static ProgrammeCountry of(String code, CountryRole role) {
    return ImmutableProgrammeCountry.of(code, role);
  }
}
