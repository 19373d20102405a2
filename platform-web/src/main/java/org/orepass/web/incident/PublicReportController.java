package org.orepass.web.incident;

import org.orepass.web.security.SignedInUser;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.IncidentReporting;
import org.orepass.incident.ReportRateLimit;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anonymous public reporting and follow-up, without an account. Nothing about the client is stored with a
 * report: the address only feeds the rate limit's keyed hash. Pages that show a follow-up code are answered
 * directly (not redirected through a flash message, which would park the code in the session store) and are
 * not cached.
 */
@Controller
@RequestMapping("/report")
class PublicReportController {

    static final String FORM = "incident/report";
    static final String RECEIVED = "incident/report-received";
    static final String FOLLOW_UP = "incident/follow-up";

    private final IncidentReporting reporting;
    private final IncidentFollowUp followUp;
    private final IncidentQueries queries;
    private final ReportRateLimit rateLimit;
    private final SitePicker sitePicker;

    PublicReportController(IncidentReporting reporting, IncidentFollowUp followUp, IncidentQueries queries,
            ReportRateLimit rateLimit, SitePicker sitePicker) {
        this.reporting = reporting;
        this.followUp = followUp;
        this.queries = queries;
        this.rateLimit = rateLimit;
        this.sitePicker = sitePicker;
    }

    @ModelAttribute("categories")
    CategoryOptions categories(Locale locale) {
        return CategoryOptions.of(queries.categories(), locale);
    }

    @ModelAttribute("countries")
    java.util.List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @GetMapping
    String form(Model model) {
        var form = new PublicReportForm();
        form.setOccurredOn(queries.today());
        model.addAttribute("form", form);
        return FORM;
    }

    /**
     * Sends the report, or, when "Find site" was pressed, shows the form again with the sites that match. A
     * search counts against the rate limit like a report: it is a request to the same form.
     */
    @PostMapping
    String report(@Valid @ModelAttribute("form") PublicReportForm form, BindingResult result,
            @RequestParam(name = SitePicker.FIND, required = false) String findSite, Model model,
            HttpServletRequest request, HttpServletResponse response, Optional<SignedInUser> signedIn) {
        noStore(response);
        var browser = ReporterCookie.read(request);
        var refusal = rateLimit.check(browser, request.getRemoteAddr());
        if (refusal.isPresent()) {
            sitePicker.show(form, model);
            return tooMany(refusal.get(), result, response);
        }
        if (findSite != null) {
            sitePicker.search(form, result, model);
            return FORM;
        }
        if (form.caughtInHoneypot()) {
            // A bot filled in the field people never see: it gets the page a person would, and nothing is saved.
            model.addAttribute("followUpCode", null);
            return RECEIVED;
        }
        if (!result.hasErrors()) {
            try {
                var receipt = AnonymousPrincipal.run(() -> reporting.reportAnonymously(form.toDetails()));
                // Only an accepted report counts; a browser without a valid signed identifier gets one now.
                if (browser == null || !rateLimit.isValidBrowser(browser)) {
                    browser = rateLimit.newBrowser();
                    ReporterCookie.write(browser, request, response);
                }
                rateLimit.count(browser, request.getRemoteAddr());
                forgetSession(request, signedIn.isEmpty());
                model.addAttribute("followUpCode", receipt.followUpCode());
                return RECEIVED;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        sitePicker.show(form, model);
        return FORM;
    }

    /**
     * No session row outlives an anonymous report (issue 15): the session only carried the form's CSRF token, and
     * its creation and last-access times would date the report. A signed-in user's session stays.
     */
    private static void forgetSession(HttpServletRequest request, boolean anonymous) {
        var session = request.getSession(false);
        if (session != null && anonymous) {
            session.invalidate();
        }
    }

    @GetMapping("/follow-up")
    String followUpForm(Model model) {
        model.addAttribute("form", new FollowUpForm());
        return FOLLOW_UP;
    }

    /** The code travels in the form body, never in a URL that proxies and browsers would keep. */
    @PostMapping("/follow-up")
    String lookUp(@ModelAttribute("form") FollowUpForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        noStore(response);
        if (!rateLimit.allowFollowUp(request.getRemoteAddr())) {
            return tooManyFollowUps(result, response);
        }
        try {
            model.addAttribute("incident", followUp.byCode(form.getCode()));
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return FOLLOW_UP;
    }

    @PostMapping("/follow-up/information")
    String addInformation(@ModelAttribute("form") FollowUpForm form, BindingResult result,
            @RequestParam(required = false) String body, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        noStore(response);
        if (!rateLimit.allowFollowUp(request.getRemoteAddr())) {
            return tooManyFollowUps(result, response);
        }
        try {
            var incident = followUp.byCode(form.getCode());
            model.addAttribute("incident", incident);
            AnonymousPrincipal.run(() -> followUp.addAnonymously(form.getCode(), body));
            model.addAttribute("added", true);
        } catch (DomainRuleViolation violation) {
            if ("code".equals(violation.field())) {
                Forms.reject(result, violation);
            } else {
                model.addAttribute("bodyError", violation.messageKey());
                model.addAttribute("body", body);
            }
        }
        return FOLLOW_UP;
    }

    /** Says which limit refused: this browser's, the shared address's, or everyone's. */
    private String tooMany(ReportRateLimit.Refusal refusal, BindingResult result, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "3600");
        switch (refusal) {
            case BROWSER -> result.reject("incident.rate-limited.browser", new Object[] {rateLimit.perHour()}, null);
            case ADDRESS -> result.reject("incident.rate-limited.address", new Object[] {rateLimit.perAddress()},
                    null);
            case EVERYONE -> result.reject("incident.rate-limited.everyone");
        }
        return FORM;
    }

    private String tooManyFollowUps(BindingResult result, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "3600");
        result.reject("incident.follow-up.rate-limited", new Object[] {rateLimit.followUpsPerHour()}, null);
        return FOLLOW_UP;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
