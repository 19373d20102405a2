package org.orepass.web.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.orepass.account.Actor;
import org.orepass.contract.Contracts;
import org.orepass.contract.PriceBasis;
import org.orepass.contract.PriceUnit;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;
import org.orepass.web.support.Forms;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contracts with traders (issue 24): the organisation's contracts, the form to record one, the contract page with
 * its prompts, signed document and the sales that cite it, and the administrators' reference prices.
 */
@Controller
class ContractController {

    static final String LIST = "contract/list";
    static final String FORM = "contract/form";
    static final String VIEW = "contract/view";
    static final String PRICES = "contract/reference-prices";

    private final Contracts contracts;

    ContractController(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/contracts")
    String list(Model model, Actor actor) {
        model.addAttribute("contracts", contracts.list(actor));
        model.addAttribute("mayRecord", contracts.mayRecord(actor));
        return LIST;
    }

    @GetMapping("/contracts/new")
    String create(Model model, Actor actor) {
        var form = new ContractForm();
        form.setSignedOn(contracts.today());
        form.setStartsOn(contracts.today());
        form.setPriceBasis(PriceBasis.REFERENCE_SHARE);
        form.setIndependentAssay(true);
        model.addAttribute("form", form);
        return showForm(model, actor);
    }

    @PostMapping("/contracts")
    String record(@ModelAttribute("form") ContractForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var contract = contracts.record(actor, form.toTerms());
                redirect.addFlashAttribute("flash", "contract.recorded");
                return "redirect:/contracts/" + contract.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        } else {
            try {
                contracts.check(actor, form.toTerms());
            } catch (DomainRuleViolation violation) {
                Forms.rejectAlso(result, violation);
            }
        }
        return showForm(model, actor);
    }

    private String showForm(Model model, Actor actor) {
        if (!contracts.mayRecord(actor)) {
            throw new org.orepass.contract.ContractAccessDenied("record contracts");
        }
        model.addAttribute("buyers", contracts.buyers(actor));
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("bases", PriceBasis.values());
        model.addAttribute("units", PriceUnit.values());
        model.addAttribute("settings", contracts.settings());
        return FORM;
    }

    @GetMapping("/contracts/{id}")
    String view(@PathVariable Long id, Model model, Actor actor) {
        model.addAttribute("view", contracts.view(actor, id));
        return VIEW;
    }

    @PostMapping("/contracts/{id}/documents")
    String attach(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect, Actor actor) throws IOException {
        try {
            contracts.attach(actor, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "contract.document.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("fileError", violation.messageKey());
            redirect.addFlashAttribute("fileErrorArgs", violation.arguments());
        }
        return "redirect:/contracts/" + id + "#documents";
    }

    /** Always a download with the type read from the content. */
    @GetMapping("/contracts/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId, Actor actor) {
        var document = contracts.download(actor, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .contentLength(document.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.getContent());
    }

    @GetMapping("/admin/reference-prices")
    String prices(Model model) {
        var form = new ReferencePriceForm();
        form.setPricedOn(contracts.today());
        form.setMineral(Mineral.GOLD);
        form.setCurrency("USD");
        form.setUnit(PriceUnit.TROY_OUNCE);
        model.addAttribute("form", form);
        return showPrices(model);
    }

    @PostMapping("/admin/reference-prices")
    String addPrice(@ModelAttribute("form") ReferencePriceForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                contracts.recordReferencePrice(actor, form.getMineral(), form.getPricedOn(), form.getAmount(),
                        form.getCurrency(), form.getUnit(), form.getSource());
                redirect.addFlashAttribute("flash", "contract.reference.saved");
                return "redirect:/admin/reference-prices";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showPrices(model);
    }

    private String showPrices(Model model) {
        model.addAttribute("prices", contracts.referencePrices());
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("units", PriceUnit.values());
        return PRICES;
    }
}
