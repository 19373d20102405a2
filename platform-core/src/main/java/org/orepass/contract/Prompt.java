package org.orepass.contract;

import java.util.List;

/** One prompt on a contract, with the figures its message names (as plain strings, already rounded). */
public record Prompt(PromptKind kind, List<String> arguments) {

    public Prompt {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return kind.messageKey();
    }
}
