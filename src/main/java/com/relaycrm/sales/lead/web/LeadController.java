package com.relaycrm.sales.lead.web;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.Paging;
import com.relaycrm.process.OpenTasks;
import com.relaycrm.process.RecordView;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadActivity;
import com.relaycrm.sales.lead.LeadCommands.Assignment;
import com.relaycrm.sales.lead.LeadCommands.FollowUp;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadCommands.Recycling;
import com.relaycrm.sales.lead.LeadConversionReport;
import com.relaycrm.sales.lead.LeadCsvImport;
import com.relaycrm.sales.lead.LeadPool;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.process.LeadProcess;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.web.CreatedAnswer;
import com.relaycrm.web.PagedList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sales/leads")
class LeadController {

    static final String IDEMPOTENCY_KEY = Idempotency.HEADER;

    private final LeadService leads;
    private final LeadCsvImport csvImport;
    private final CurrentUser currentUser;
    private final OpenTasks openTasks;

    /** Lead conversion by source for the period (from/to: "2026-01"); sales managers and administrators. */
    @GetMapping("/conversion-report")
    LeadConversionReport.Report conversion(@RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to) {
        return conversionReport.report(com.relaycrm.common.ReportPeriod.of(from, to), currentUser.viewer());
    }

    /** The lead page's record: the lead with its follow-ups, pool moves and conversion (its activities). */
    record LeadRecord(Lead lead, List<LeadActivity> activities) {
    }

    private final LeadConversionReport conversionReport;

    LeadController(LeadService leads, LeadCsvImport csvImport, CurrentUser currentUser, OpenTasks openTasks,
                   LeadConversionReport conversionReport) {
        this.conversionReport = conversionReport;
        this.openTasks = openTasks;
        this.leads = leads;
        this.csvImport = csvImport;
        this.currentUser = currentUser;
    }

    /**
     * Enters a lead: 201 with the lead. A client that may retry (a timeout, a node gone) sends an
     * {@code Idempotency-Key} header (e.g. a UUID per lead): a retry with the same key and body answers the lead
     * entered first (201 again, the same id, header {@code Idempotent-Replayed: true}) and enters nothing; the same
     * key with another body is refused with 422. Keys belong to the user who sent them.
     */
    @PostMapping
    ResponseEntity<Lead> create(@Valid @RequestBody NewLead command,
                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return CreatedAnswer.of(leads.create(command, currentUser.viewer(), idempotencyKey));
    }

    /** Body: the CSV file as text/csv (UTF-8 unless the content type names another charset), read as it arrives. */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    List<Lead> importCsv(HttpServletRequest request) throws IOException {
        String encoding = request.getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return csvImport.importCsv(new InputStreamReader(request.getInputStream(), charset), currentUser.viewer());
    }

    @GetMapping
    ResponseEntity<List<Lead>> list(@RequestParam(required = false) LeadPool pool,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(leads.visibleTo(currentUser.viewer(), pool, Paging.of(page, size)));
    }

    /** The lead page (/records/lead.html?key=LEAD-…): as GET /{id} and its activities, with the open tasks. */
    @GetMapping("/record/{key}")
    RecordView<LeadRecord> record(@PathVariable String key) {
        long id = LeadProcess.leadIdOf(key);
        Lead lead = leads.lead(id, currentUser.viewer());
        return new RecordView<>("lead", key, new LeadRecord(lead, leads.activities(id, currentUser.viewer())),
                openTasks.of(key, LeadProcess.KEY));
    }

    @GetMapping("/{id}")
    Lead lead(@PathVariable long id) {
        return leads.lead(id, currentUser.viewer());
    }

    @GetMapping("/{id}/activities")
    List<LeadActivity> activities(@PathVariable long id) {
        return leads.activities(id, currentUser.viewer());
    }

    @PostMapping("/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    LeadActivity followUp(@PathVariable long id, @Valid @RequestBody FollowUp followUp) {
        return leads.followUp(id, followUp.note(), currentUser.viewer());
    }

    @PostMapping("/{id}/assign")
    Lead assign(@PathVariable long id, @Valid @RequestBody Assignment assignment) {
        return leads.assign(id, assignment.userId(), currentUser.viewer());
    }

    @PostMapping("/{id}/recycle")
    Lead recycle(@PathVariable long id, @Valid @RequestBody(required = false) Recycling recycling) {
        leads.recycle(id, recycling == null ? null : recycling.reason(), currentUser.viewer());
        return leads.lead(id, currentUser.viewer());
    }
}
