package org.orepass.contract;

/**
 * Terms that often harm miners, pointed out as a prompt to ask for advice, never as a legal judgement. Each has the
 * message key {@code contract.prompt.<NAME>}.
 */
public enum PromptKind {
    PRICE_BELOW_REFERENCE,
    DEDUCTIONS_HIGH,
    EXCLUSIVE_WITHOUT_MINIMUM,
    NO_INDEPENDENT_ASSAY,
    LATE_PAYMENT;

    public String messageKey() {
        return "contract.prompt." + name();
    }
}
