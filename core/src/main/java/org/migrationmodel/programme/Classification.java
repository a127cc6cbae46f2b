package org.migrationmodel.programme;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Theme;

/**
 * Where a programme sits in the managing-migration model: its primary activity (whose area is the
 * programme's primary area), further activities, cross-cutting activities, themes, and how, why and
 * for whom it works.
 *
 * <p>Lists keep the order and any repetition they were given, so that the validator can point at a
 * repeated entry.
 */
@Value.Immutable
@ValueStyle
public abstract class Classification implements Serializable {
  private static final long serialVersionUID = 1L;

  Classification() {}

  /**
   * The activity the programme mainly carries out. The validator reports its absence.
   *
   * @return the activity, or empty when none was given
   */
  public abstract Optional<Activity> primaryActivity();

  /**
   * The primary area as the data's author declared it. When given it should be the primary
   * activity's area; the validator reports a mismatch.
   *
   * @return the declared area, or empty when none was declared
   */
  public abstract Optional<Area> declaredPrimaryArea();

  /**
   * Further activities the programme carries out, in any area.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<Activity> secondaryActivities();

  /**
   * The cross-cutting activities the programme involves.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<CrossCuttingActivity> crossCuttingActivities();

  /**
   * The High-Level Dialogue themes the programme contributes to.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<Theme> themes();

  /**
   * How the programme works: policy guidance, research, direct assistance and so on.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<Modality> modalities();

  /**
   * The drivers of movement the programme responds to.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<Driver> drivers();

  /**
   * The population groups the programme serves.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<PopulationGroup> targetGroups();

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
   * The primary activity's area.
   *
   * @return the area, or empty when there is no primary activity
   */
  public Optional<Area> primaryArea() {
    return primaryActivity().map(Activity::area);
  }

  /**
   * The primary activity followed by the secondary activities, without repetition.
   *
   * @return an immutable list in that order, never null
   */
  public ImmutableList<Activity> activities() {
    ImmutableSet.Builder<Activity> all = ImmutableSet.builder();
    primaryActivity().ifPresent(all::add);
    return all.addAll(secondaryActivities()).build().asList();
  }

  /**
   * The areas of all the programme's activities, in the model's order of areas.
   *
   * @return an immutable set, empty when there are no activities; never null
   */
  public ImmutableSet<Area> areas() {
    EnumSet<Area> areas = EnumSet.noneOf(Area.class);
    activities().forEach(activity -> areas.add(activity.area()));
    return Sets.immutableEnumSet(areas);
  }

  /**
   * A copy of this classification with a primary activity.
   *
   * @param primaryActivity the new primary activity; not null
   * @return a new classification, never null
   */
  public abstract Classification withPrimaryActivity(Activity primaryActivity);

  /**
   * A copy of this classification with a primary activity or, given empty, without one.
   *
   * @param primaryActivity the new primary activity, or empty; not null
   * @return a new classification, or this one when the primary activity is the same
   */
  public abstract Classification withPrimaryActivity(Optional<? extends Activity> primaryActivity);

  /**
   * A copy of this classification with a declared primary area.
   *
   * @param declaredPrimaryArea the new declared primary area; not null
   * @return a new classification, never null
   */
  public abstract Classification withDeclaredPrimaryArea(Area declaredPrimaryArea);

  /**
   * A copy of this classification with a declared primary area or, given empty, without one.
   *
   * @param declaredPrimaryArea the new declared primary area, or empty; not null
   * @return a new classification, or this one when the declared primary area is the same
   */
  public abstract Classification withDeclaredPrimaryArea(
      Optional<? extends Area> declaredPrimaryArea);

  /**
   * A copy of this classification with other secondary activities.
   *
   * @param secondaryActivities the new secondary activities, in order; not null, holding no null
   * @return a new classification, never null
   */
  public abstract Classification withSecondaryActivities(
      Iterable<? extends Activity> secondaryActivities);

  /**
   * A copy of this classification with other cross-cutting activities.
   *
   * @param crossCuttingActivities the new cross-cutting activities, in order; not null, holding no
   *     null
   * @return a new classification, never null
   */
  public abstract Classification withCrossCuttingActivities(
      Iterable<? extends CrossCuttingActivity> crossCuttingActivities);

  /**
   * A copy of this classification with other themes.
   *
   * @param themes the new themes, in order; not null, holding no null
   * @return a new classification, never null
   */
  public abstract Classification withThemes(Iterable<? extends Theme> themes);

  /**
   * A copy of this classification with other modalities.
   *
   * @param modalities the new modalities, in order; not null, holding no null
   * @return a new classification, never null
   */
  public abstract Classification withModalities(Iterable<? extends Modality> modalities);

  /**
   * A copy of this classification with other drivers.
   *
   * @param drivers the new drivers, in order; not null, holding no null
   * @return a new classification, never null
   */
  public abstract Classification withDrivers(Iterable<? extends Driver> drivers);

  /**
   * A copy of this classification with other target groups.
   *
   * @param targetGroups the new target groups, in order; not null, holding no null
   * @return a new classification, never null
   */
  public abstract Classification withTargetGroups(Iterable<? extends PopulationGroup> targetGroups);

  /**
   * A new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Classification}; every attribute is optional. */
  public static final class Builder extends ImmutableClassification.Builder {
    Builder() {}
  }
}
