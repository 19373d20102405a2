package org.orepass.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.orepass.incident.Incident;
import org.orepass.incident.IncidentCategories;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.incident.IncidentReporting;
import org.orepass.incident.ReportRateLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incoming text message, whatever aggregator brought it: read by {@link SmsGrammar}, continued from the
 * phone's open conversation, filed through {@link IncidentReporting#reportAnonymously} (the public form's door:
 * the same rules, nobody named) and answered in the sender's language through the {@link SmsOutbox}.
 *
 * <p>The number is used for three things only, each through {@link ReportRateLimit#phoneKey} (a keyed hash that
 * changes every day): the conversation, the hourly budgets, and nothing else; the reply's copy of it is
 * encrypted in the outbox until sent. The caller runs this as the anonymous principal, so the audit trail names
 * nobody.
 */
@Service
public class SmsReporting {

    /** How long a conversation waits for the next message: long enough to find the words, short enough to forget. */
    static final Duration CONVERSATION = Duration.ofMinutes(30);

    private final IncidentReporting reporting;
    private final IncidentFollowUp followUp;
    private final IncidentCategories categories;
    private final ReportRateLimit limit;
    private final SmsConversations conversations;
    private final SmsInbox inbox;
    private final SmsOutbox outbox;
    private final SmsTexts texts;
    private final Clock clock;

    public SmsReporting(IncidentReporting reporting, IncidentFollowUp followUp, IncidentCategories categories,
            ReportRateLimit limit, SmsConversations conversations, SmsInbox inbox, SmsOutbox outbox, SmsTexts texts,
            Clock clock) {
        this.reporting = reporting;
        this.followUp = followUp;
        this.categories = categories;
        this.limit = limit;
        this.conversations = conversations;
        this.inbox = inbox;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * A message as an aggregator delivered it. {@code country} is the country of the number it was sent to (each
     * programme's short code serves one country); {@code language} the language to answer in when the message
     * does not say.
     */
    public record Inbound(String channel, String messageId, String sender, String text, String country,
            SmsLanguage language) {
    }

    /**
     * Handles one message and queues its reply; returns the reply, or empty when nothing is answered (a retry
     * of a message already handled, or a phone over its hourly messages).
     */
    @Transactional
    public Optional<String> receive(Inbound message) {
        if (!inbox.firstTime(message.channel(), message.messageId(), clock.instant())) {
            return Optional.empty();
        }
        var phone = limit.phoneKey(message.sender());
        if (!limit.allowMessage(phone)) {
            return Optional.empty();
        }
        var reply = answer(message, phone);
        outbox.enqueue(message.channel(), message.sender(), reply);
        return Optional.of(reply);
    }

    private String answer(Inbound message, String phone) {
        var read = SmsGrammar.read(message.text());
        if (read instanceof SmsGrammar.Help help) {
            return help(help.language());
        }
        if (read instanceof SmsGrammar.StatusQuestion question) {
            return status(question);
        }
        if (read instanceof SmsGrammar.Report report) {
            return continueReport(report.draft(), message, phone);
        }
        var text = ((SmsGrammar.Unrecognised) read).text();
        var open = conversations.open(phone, clock.instant());
        if (open.isEmpty()) {
            return help(message.language());
        }
        return continueReport(open.get().answer(text), message, phone);
    }

    private String continueReport(ReportDraft draft, Inbound message, String phone) {
        var missing = draft.missing();
        if (missing.isPresent()) {
            conversations.keep(phone, draft, clock.instant().plus(CONVERSATION));
            return ask(draft.language(), missing.get());
        }
        conversations.close(phone);
        if (limit.checkPhone(phone).isPresent()) {
            return texts.text(draft.language(), "sms.reply.limit");
        }
        // Checked here, not left to the report's own refusal: a refusal inside it would roll back this whole
        // transaction, the reply and the record that the message was handled included.
        if (draft.description().length() > Incident.MAX_DESCRIPTION) {
            return texts.text(draft.language(), "sms.reply.too-long");
        }
        var receipt = reporting.reportAnonymously(PhoneReport.details(categories, draft.category(),
                message.country(), null, null, draft.place(), draft.description(), LocalDate.now(clock)));
        limit.countPhone(phone);
        return texts.text(draft.language(), "sms.reply.received", receipt.followUpCode(),
                keyword(draft.language(), "status"));
    }

    private String status(SmsGrammar.StatusQuestion question) {
        if (question.code().isBlank()) {
            return texts.text(question.language(), "sms.reply.status.code", keyword(question.language(), "status"));
        }
        return followUp.statusOf(question.code())
                .map(status -> texts.text(question.language(), "sms.reply.status." + status.name()))
                .orElseGet(() -> texts.text(question.language(), "sms.reply.status.unknown"));
    }

    private String ask(SmsLanguage language, ReportDraft.Part part) {
        return texts.text(language, "sms.reply.ask." + part.name());
    }

    private String help(SmsLanguage language) {
        return texts.text(language, "sms.reply.help", keyword(language, "report"), keyword(language, "status"));
    }

    /** The keyword to write in a language, as the replies spell it out. */
    static String keyword(SmsLanguage language, String intent) {
        return switch (language) {
            case SW -> intent.equals("report") ? "RIPOTI" : "HALI";
            case FR -> intent.equals("report") ? "SIGNALER" : "STATUT";
            case EN -> intent.equals("report") ? "REPORT" : "STATUS";
        };
    }
}
