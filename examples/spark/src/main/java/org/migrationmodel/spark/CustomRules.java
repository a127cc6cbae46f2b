package org.migrationmodel.spark;

import java.lang.reflect.InvocationTargetException;
import org.migrationmodel.validation.Rule;

/**
 * Loads an organisation's own rules by class name from the job's class path (a jar passed to {@code
 * spark-submit --jars}), so that the job itself needs no change to carry them.
 */
final class CustomRules {
  private CustomRules() {}

  /**
   * Creates the rule a class names.
   *
   * @throws IllegalArgumentException when the class is missing, is not a {@link Rule}, or has no
   *     public constructor without parameters
   */
  static Rule load(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "No class " + className + " on the job's class path; pass its jar with --jars.", e);
    }
    if (!Rule.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          className + " is not a rule: it must implement " + Rule.class.getName() + ".");
    }
    try {
      return type.asSubclass(Rule.class).getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new IllegalArgumentException(
          className + " needs a public constructor without parameters.", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "Creating " + className + " failed: " + e.getCause(), e.getCause());
    }
  }
}
