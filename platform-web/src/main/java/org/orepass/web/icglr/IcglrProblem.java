package org.orepass.web.icglr;

/** One thing wrong with a request: the field (a JSON path without the leading "$.") and why. */
public record IcglrProblem(String field, String reason) {
}
