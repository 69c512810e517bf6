package dev.teamfit.model;

/** The kind of problem; {@code analytics} means no ML model is built. */
public enum ProblemKind implements Named {
    CLASSIFICATION, REGRESSION, FORECASTING, RECOMMENDATION, NLP, COMPUTER_VISION, GENERATIVE, ANOMALY_DETECTION, OPTIMIZATION, ANALYTICS;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
