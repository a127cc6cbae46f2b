package org.migrationmodel.spark;

import java.lang.reflect.InvocationTargetException;

/**
 * Loads an organisation's own rules by class name from the job's class path (a jar passed to {@code
 * spark-submit --jars}), so that the job itself needs no change to carry them.
 */
final class CustomRules {
  private CustomRules() {}

  /**
   * Creates the organisation's rules a class names.
   *
   * @throws IllegalArgumentException when the class is missing, is not {@link OrganisationRules},
   *     or has no public constructor without parameters
   */
  static OrganisationRules load(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "No class " + className + " on the job's class path; pass its jar with --jars.", e);
    }
    if (!OrganisationRules.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          className
              + " does not add rules: it must implement "
              + OrganisationRules.class.getName()
              + ".");
    }
    try {
      return type.asSubclass(OrganisationRules.class).getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new IllegalArgumentException(
          className + " needs a public constructor without parameters.", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "Creating " + className + " failed: " + e.getCause(), e.getCause());
    }
  }
}
