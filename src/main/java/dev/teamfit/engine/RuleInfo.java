package dev.teamfit.engine;

import dev.teamfit.model.Reason;

/**
 * A rule of the rule base, as {@code rules list} shows it.
 *
 * @param basis what its conclusions rest on: the document ({@code @quote}) or teamfit's estimate
 *              ({@code @basis("estimate")})
 * @param says  for the document, the sentence it quotes; for an estimate, its {@code @rationale}
 * @param file  where it is defined, as messages name it
 * @param line  the line of its {@code rule} keyword, or 0 when unknown
 */
public record RuleInfo(String id, String name, String stage, String source, Reason.Basis basis, String says,
                       String file, int line) {
}
