package org.orepass.sms;

import java.time.Clock;
import java.time.LocalDate;
import org.orepass.incident.Incident;
import org.orepass.incident.IncidentCategories;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.incident.IncidentReporting;
import org.orepass.incident.ReportRateLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A USSD request (Africa's Talking's form): the next screen of {@link UssdMenu}, and at the end the report
 * filed through the public form's door, once per USSD session however often the aggregator repeats the last
 * request. The number is used only through its key of the day, for the hourly budget; the caller runs this as
 * the anonymous principal.
 */
@Service
public class UssdReporting {

    private final IncidentReporting reporting;
    private final IncidentFollowUp followUp;
    private final IncidentCategories categories;
    private final ReportRateLimit limit;
    private final SmsInbox inbox;
    private final SmsTexts texts;
    private final UssdPlaces places;
    private final Clock clock;

    public UssdReporting(IncidentReporting reporting, IncidentFollowUp followUp, IncidentCategories categories,
            ReportRateLimit limit, SmsInbox inbox, SmsTexts texts, UssdPlaces places, Clock clock) {
        this.reporting = reporting;
        this.followUp = followUp;
        this.categories = categories;
        this.limit = limit;
        this.inbox = inbox;
        this.texts = texts;
        this.places = places;
        this.clock = clock;
    }

    /** One request of a USSD session; {@code country} is the country the service code serves. */
    public record Request(String channel, String sessionId, String phoneNumber, String text, String country) {
    }

    /** The response body: {@code CON ...} to go on, {@code END ...} to close. */
    @Transactional
    public String respond(Request request) {
        var step = new UssdMenu(texts, places).next(request.text(), request.country());
        if (step instanceof UssdMenu.Screen screen) {
            return screen.response();
        }
        if (step instanceof UssdMenu.StatusAsked asked) {
            var status = followUp.statusOf(asked.code())
                    .map(found -> texts.text(asked.language(), "sms.reply.status." + found.name()))
                    .orElseGet(() -> texts.text(asked.language(), "sms.reply.status.unknown"));
            return "END " + status;
        }
        var report = (UssdMenu.Complete) step;
        var language = report.language();
        if (!inbox.firstTime(request.channel(), "session:" + request.sessionId(), clock.instant())) {
            return "END " + texts.text(language, "sms.ussd.again");
        }
        var phone = limit.phoneKey(request.phoneNumber());
        if (limit.checkPhone(phone).isPresent()) {
            return "END " + texts.text(language, "sms.reply.limit");
        }
        if (report.description().length() > Incident.MAX_DESCRIPTION) {
            return "END " + texts.text(language, "sms.reply.too-long");
        }
        var receipt = reporting.reportAnonymously(PhoneReport.details(categories, report.category(),
                request.country(), report.division(), report.siteId(), report.place(), report.description(),
                LocalDate.now(clock)));
        limit.countPhone(phone);
        return "END " + texts.text(language, "sms.reply.received", receipt.followUpCode(),
                SmsReporting.keyword(language, "status"));
    }
}
