package nl.werving.interview;

import io.quarkus.qute.TemplateEnum;

/** Behavioural questions ask what someone did; situational ones what they would do. */
@TemplateEnum
public enum QuestionKind {
    BEHAVIOURAL,
    SITUATIONAL
}
