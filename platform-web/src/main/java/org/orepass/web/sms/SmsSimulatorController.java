package org.orepass.web.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.orepass.sms.SmsLanguage;
import org.orepass.sms.SmsReporting;
import org.orepass.web.incident.AnonymousPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/sms-simulator}: an administrator types messages as a phone would and sees the replies (demo mode,
 * or {@code orepass.sms.simulator.enabled}). The messages go through {@link SmsReporting#receive} on the channel
 * "simulator", so they meet every rule a real message meets and file real anonymous reports.
 */
@Controller
@RequestMapping("/admin/sms-simulator")
class SmsSimulatorController {

    private static final Logger LOG = LoggerFactory.getLogger(SmsSimulatorController.class);
    static final String PAGE = "sms/simulator";
    static final int MAX_HISTORY = 20;
    static final int MAX_MESSAGE = SmsInboundController.MAX_TEXT;

    private final SmsSettings settings;
    private final SmsReporting reporting;

    SmsSimulatorController(SmsSettings settings, SmsReporting reporting) {
        this.settings = settings;
        this.reporting = reporting;
    }

    /** One line of the exchange: the phone's message or the platform's reply. */
    record Line(boolean fromPhone, String text) {

        /** A follow-up code as the replies print it: four groups of four, joined by hyphens. */
        private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3}");

        /**
         * The text cut around follow-up codes, so the page keeps each code on one line: a phone breaks a line
         * after a hyphen, and a code split over two lines gets copied with a piece missing.
         */
        public List<Part> parts() {
            var parts = new ArrayList<Part>();
            var matcher = CODE.matcher(text);
            int from = 0;
            while (matcher.find()) {
                if (matcher.start() > from) {
                    parts.add(new Part(text.substring(from, matcher.start()), false));
                }
                parts.add(new Part(matcher.group(), true));
                from = matcher.end();
            }
            if (from < text.length()) {
                parts.add(new Part(text.substring(from), false));
            }
            return parts;
        }
    }

    /** A piece of a line: plain text or a follow-up code. */
    record Part(String text, boolean code) {
    }

    @GetMapping
    String page(Model model) {
        available();
        model.addAttribute("form", new SimulatorForm());
        model.addAttribute("lines", List.of());
        return PAGE;
    }

    @PostMapping
    String send(@ModelAttribute("form") SimulatorForm form, BindingResult result, Model model, Locale locale) {
        available();
        var phone = form.getPhone() == null ? "" : form.getPhone().strip();
        var message = form.getMessage() == null ? "" : form.getMessage().strip();
        if (phone.isEmpty()) {
            result.rejectValue("phone", "validation.required");
        } else if (!phone.matches("\\+?[0-9][0-9 ]{5,19}")) {
            result.rejectValue("phone", "sms.simulator.phone.invalid");
        }
        if (message.isEmpty()) {
            result.rejectValue("message", "validation.required");
        } else if (message.length() > MAX_MESSAGE) {
            result.rejectValue("message", "validation.too-long", new Object[] {MAX_MESSAGE}, null);
        }
        var history = new ArrayList<>(form.getHistory().stream().limit(MAX_HISTORY).toList());
        if (!result.hasErrors()) {
            var inbound = new SmsReporting.Inbound(SimulatorSender.CHANNEL, UUID.randomUUID().toString(), phone,
                    SmsInboundController.clean(message), settings.simulatorCountry(), SmsLanguage.of(locale));
            try {
                var reply = AnonymousPrincipal.run(() -> reporting.receive(inbound));
                history.add(message);
                history.add(reply.orElse(""));
                while (history.size() > MAX_HISTORY) {
                    history.remove(0);
                    history.remove(0);
                }
                form.setMessage("");
            } catch (RuntimeException e) {
                // As on the callbacks: the class only, never the number or the text.
                LOG.warn("SMS simulator message not handled ({})", e.getClass().getSimpleName());
                result.reject("sms.simulator.failed");
            }
        }
        form.setHistory(history);
        model.addAttribute("lines", lines(history));
        return PAGE;
    }

    private static List<Line> lines(List<String> history) {
        var lines = new ArrayList<Line>();
        for (int i = 0; i < history.size(); i++) {
            lines.add(new Line(i % 2 == 0, history.get(i)));
        }
        return lines;
    }

    private void available() {
        if (!settings.simulator()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
