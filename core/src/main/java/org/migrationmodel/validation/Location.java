package org.migrationmodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * Where a finding points: a JSON Pointer into a programme's document form, or an XPath into an XML
 * file such as an IATI activities file. Immutable.
 *
 * <p>Validation and JSON reading findings point with a {@linkplain #pointer JSON Pointer}; findings
 * of the IATI import point with an {@linkplain #xpath XPath}. Match on {@link #kind()} and {@link
 * #path()}.
 */
@Value.Immutable
@ValueStyle
public abstract class Location implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Location DOCUMENT = ImmutableLocation.of(Kind.JSON_POINTER, "");

  /** The language a location's path is written in. */
  public enum Kind {
    /**
     * An RFC 6901 JSON Pointer into the programme's document form, such as {@code
     * /classification/secondaryActivities/1}; the empty string is the whole document.
     */
    JSON_POINTER,
    /**
     * An XPath to one element or attribute of an XML file, with positions among same-named
     * siblings, such as {@code /iati-activities/iati-activity[2]/sector[3]}.
     */
    XPATH
  }

  Location() {}

  /**
   * The language of {@link #path()}.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * The pointer or XPath itself.
   *
   * @return the path, never null; empty only for the whole JSON document
   */
  @Value.Parameter
  public abstract String path();

  /**
   * A JSON Pointer location.
   *
   * @param pointer an RFC 6901 JSON Pointer, such as one built with {@link Pointers#of}; the empty
   *     string for the whole document; not null
   * @return the location, never null
   * @throws IllegalArgumentException when the pointer is neither empty nor starts with {@code /}
   */
  public static Location pointer(String pointer) {
    checkNotNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return DOCUMENT;
    }
    checkArgument(pointer.startsWith("/"), "\"%s\" is not a JSON Pointer", pointer);
    return ImmutableLocation.of(Kind.JSON_POINTER, pointer);
  }

  /**
   * The whole JSON document: the empty JSON Pointer.
   *
   * @return the location, never null
   */
  public static Location document() {
    return DOCUMENT;
  }

  /**
   * An XPath location.
   *
   * @param xpath an absolute XPath, such as {@code /iati-activities/iati-activity[2]/sector[3]};
   *     not null
   * @return the location, never null
   * @throws IllegalArgumentException when the XPath does not start with {@code /}
   */
  public static Location xpath(String xpath) {
    checkNotNull(xpath, "xpath");
    checkArgument(xpath.startsWith("/"), "\"%s\" is not an absolute XPath", xpath);
    return ImmutableLocation.of(Kind.XPATH, xpath);
  }

  /**
   * Whether this is the whole JSON document.
   *
   * @return true for the empty JSON Pointer
   */
  public boolean isDocument() {
    return kind() == Kind.JSON_POINTER && path().isEmpty();
  }

  /** The path, or {@code (document)} for the whole JSON document. */
  @Override
  public String toString() {
    return isDocument() ? "(document)" : path();
  }
}
