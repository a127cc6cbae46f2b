package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.taxonomy.Term;

/**
 * One term found in a text, with its score and the words that gave it, before the score becomes a
 * confidence.
 *
 * @param <T> the kind of term
 * @param term the term
 * @param score the sum of the weights of its phrases found, each times {@code 1 + ln(count)}
 * @param evidence the phrases of the text, as written and lower-cased, strongest first
 * @param namingPhrases how many of those phrases are evidence of the term (tier 2 or 3), not words
 *     that only support it
 */
record Scored<T extends Term>(
    T term, double score, ImmutableList<String> evidence, int namingPhrases) {}
