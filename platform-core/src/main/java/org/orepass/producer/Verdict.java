package org.orepass.producer;

/** A verifier's answer to one self-assessed answer. DISAGREE and ASK_EVIDENCE carry a reason. */
public enum Verdict {
    AGREE,
    DISAGREE,
    ASK_EVIDENCE
}
