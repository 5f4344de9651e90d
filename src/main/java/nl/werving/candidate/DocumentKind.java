package nl.werving.candidate;

/** What a candidate's document is. */
public enum DocumentKind {
    CV
}
