package nl.kabiz.smr.competency;

/** A supervisor's overall judgement. */
public enum Judgement {
    POSITIVE,
    NEGATIVE
}
