package dev.teamfit.engine;

/**
 * A rule of the rule base, as {@code rules list} shows it.
 *
 * @param file where it is defined, as messages name it
 * @param line the line of its {@code rule} keyword, or 0 when unknown
 */
public record RuleInfo(String id, String name, String stage, String source, String file, int line) {
}
