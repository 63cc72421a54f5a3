package com.relaycrm.loyalty.web;

import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.Redemption;
import com.relaycrm.loyalty.RedemptionService;
import com.relaycrm.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/loyalty/redemptions")
class RedemptionController {

    private final RedemptionService redemptions;
    private final CurrentUser currentUser;

    RedemptionController(RedemptionService redemptions, CurrentUser currentUser) {
        this.redemptions = redemptions;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Redemption request(@Valid @RequestBody NewRedemption command) {
        return redemptions.request(command, currentUser.viewer());
    }
}
