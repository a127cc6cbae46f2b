/**
 * The contract between code that reads programme texts and code that needs to know what a text is
 * about: a {@link org.migrationmodel.text.TextClassifier} turns a title and a description into a
 * {@link org.migrationmodel.text.TextClassification}, which says which language the text was read
 * in, whether it is about migration at all, and which activities, cross-cutting activities and
 * target groups it points to, each as a {@link org.migrationmodel.text.TermSuggestion} with a
 * confidence and the words that support it.
 *
 * <p>Core holds only the contract; the suggester module ({@code org.migrationmodel.suggester})
 * implements it, and the IATI importer calls it, so that neither depends on the other.
 */
package org.migrationmodel.text;
