package org.orepass.web.epcis;

/**
 * A query the EPCIS REST binding refuses: answered as an RFC 7807 problem whose {@code type} is the binding's
 * exception name ({@code epcisException:QueryParameterException}), with a detail in the caller's language.
 */
class EpcisQueryException extends RuntimeException {

    private final String messageKey;
    private final String parameter;

    EpcisQueryException(String messageKey, String parameter) {
        super(messageKey);
        this.messageKey = messageKey;
        this.parameter = parameter;
    }

    String messageKey() {
        return messageKey;
    }

    String parameter() {
        return parameter;
    }
}
