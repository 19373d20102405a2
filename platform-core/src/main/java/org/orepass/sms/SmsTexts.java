package org.orepass.sms;

/** The words of the replies, from the message bundles (the web layer has them). Every reply fits one SMS. */
public interface SmsTexts {

    String text(SmsLanguage language, String key, Object... arguments);
}
