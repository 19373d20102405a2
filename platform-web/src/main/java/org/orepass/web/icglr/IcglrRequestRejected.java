package org.orepass.web.icglr;

import java.util.List;

/**
 * Ends an ICGLR API request with the standard's Error document: {@code code}, {@code message} and, for invalid
 * input, {@code details.problems} listing every field that is wrong (not only the first).
 */
class IcglrRequestRejected extends RuntimeException {

    private final int status;
    private final String code;
    private final transient List<IcglrProblem> problems;

    IcglrRequestRejected(int status, String code, String message, List<IcglrProblem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static IcglrRequestRejected invalid(List<IcglrProblem> problems) {
        return new IcglrRequestRejected(400, "VALIDATION_ERROR", "Request validation failed", problems);
    }

    static IcglrRequestRejected invalid(String field, String reason) {
        return invalid(List.of(new IcglrProblem(field, reason)));
    }

    static IcglrRequestRejected notFound() {
        return new IcglrRequestRejected(404, "NOT_FOUND", "Resource not found", List.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<IcglrProblem> problems() {
        return problems;
    }
}
