package com.relaycrm.loyalty.web;

import com.relaycrm.loyalty.LoyaltyCommands.NewAdjustment;
import com.relaycrm.loyalty.LoyaltyCommands.NewBonus;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyCommands.NewTierChange;
import com.relaycrm.loyalty.LoyaltyService.ConsumptionResult;
import com.relaycrm.loyalty.LoyaltyService.LedgerPage;
import com.relaycrm.loyalty.LoyaltyService.MemberPoints;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.loyalty.PointsEntry;
import com.relaycrm.loyalty.TierChange;
import com.relaycrm.loyalty.internal.LoyaltyReport;
import com.relaycrm.loyalty.internal.PointsCorrections;
import com.relaycrm.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loyalty API. A purchase is answered 201 when it is new and 200 with what it earned when the same transaction id
 * was reported before, so a till may safely send again after a timeout.
 */
@RestController
@RequestMapping("/api/loyalty")
class LoyaltyController {

    private final LoyaltyService loyalty;
    private final LoyaltyReport report;
    private final PointsCorrections corrections;
    private final CurrentUser currentUser;

    LoyaltyController(LoyaltyService loyalty, LoyaltyReport report, PointsCorrections corrections,
                      CurrentUser currentUser) {
        this.loyalty = loyalty;
        this.report = report;
        this.corrections = corrections;
        this.currentUser = currentUser;
    }

    @GetMapping("/report")
    LoyaltyReport.Report report() {
        return report.report(currentUser.viewer());
    }

    @PostMapping("/consumptions")
    ResponseEntity<ConsumptionResult> consume(@Valid @RequestBody NewConsumption command) {
        ConsumptionResult result;
        try {
            result = loyalty.consume(command, currentUser.viewer());
        } catch (DataIntegrityViolationException e) {
            // the same transaction was reported twice at the same moment: the other report won, answer with it
            result = loyalty.reported(command.source(), command.externalId(), currentUser.viewer()).orElseThrow(() -> e);
        }
        return ResponseEntity.status(result.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @GetMapping("/members/{customerId}")
    MemberPoints member(@PathVariable long customerId) {
        return loyalty.member(customerId, currentUser.viewer());
    }

    @GetMapping("/members/{customerId}/ledger")
    LedgerPage ledger(@PathVariable long customerId, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        return loyalty.ledger(customerId, page, size, currentUser.viewer());
    }

    /** A correction by hand (积分调整): admin and sales managers; 201 with the ledger entry. */
    @PostMapping("/members/{customerId}/adjustments")
    ResponseEntity<PointsEntry> adjust(@PathVariable long customerId, @Valid @RequestBody NewAdjustment adjustment) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(corrections.adjust(customerId, adjustment, currentUser.viewer()));
    }

    /** A bonus for an event: 201 with the entry, or 200 with the first entry when reason + reference was given. */
    @PostMapping("/members/{customerId}/bonuses")
    ResponseEntity<PointsEntry> bonus(@PathVariable long customerId, @Valid @RequestBody NewBonus bonus) {
        PointsCorrections.Granted granted = corrections.bonus(customerId, bonus, currentUser.viewer());
        return ResponseEntity.status(granted.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(granted.entry());
    }

    /** A tier set by hand (upgrade or downgrade): admin and sales managers; 201 with the change-history entry. */
    @PostMapping("/members/{customerId}/tier")
    ResponseEntity<TierChange> changeTier(@PathVariable long customerId, @Valid @RequestBody NewTierChange change) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(corrections.changeTier(customerId, change, currentUser.viewer()));
    }
}
