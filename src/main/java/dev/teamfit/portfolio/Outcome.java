package dev.teamfit.portfolio;

import dev.teamfit.model.Assessment;

import java.util.List;

/** What became of one input of a portfolio: an assessment, or the errors that kept it out. */
public sealed interface Outcome {

    Source source();

    /**
     * A project that was assessed.
     *
     * @param baseline in a what-if run ({@code --set}), the project assessed unchanged; else null
     */
    record Result(Source source, Assessment assessment, Assessment baseline) implements Outcome {
        public Result(Source source, Assessment assessment) {
            this(source, assessment, null);
        }
    }

    /** An input that could not be assessed, with one message per problem ({@code file:line:col: ...}). */
    record Failure(Source source, List<String> messages) implements Outcome {
        public Failure {
            messages = List.copyOf(messages);
        }
    }
}
