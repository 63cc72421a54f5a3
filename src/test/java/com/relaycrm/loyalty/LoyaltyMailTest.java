package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.internal.ExpiryWarnings;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.TestMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emails to members through a real SMTP server (GreenMail): the congratulation on an upgrade and the warning before
 * points expire, once per expiry date; members without an address get nothing and nothing fails.
 */
@RelayIntegrationTest
class LoyaltyMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    @Autowired LoyaltyService loyalty;
    @Autowired ExpiryWarnings expiryWarnings;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired RedemptionService redemptions;

    @Test
    void anUpgradedMemberIsCongratulatedByEmail() throws Exception {
        Customer member = memberWithEmail(MemberTier.STANDARD);

        buy(member, Instant.now().minusSeconds(60), "19500.00");   // 20000 points: SILVER

        List<MimeMessage> mails = to(member);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Welcome to SILVER, " + member.getName() + "!");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("SILVER member (before: STANDARD)", "20000 points");
    }

    @Test
    void aPurchaseWithoutUpgradeSendsNothing() {
        Customer member = memberWithEmail(MemberTier.GOLD);

        buy(member, Instant.now().minusSeconds(60), "100.00");

        assertThat(to(member)).isEmpty();
    }

    @Test
    void membersAreWarnedOnceBeforeTheirPointsExpire() {
        Customer member = memberWithEmail(MemberTier.STANDARD);
        Customer silent = fixtures.customer(MemberTier.STANDARD);   // no email address
        buy(member, Instant.parse("2025-06-15T10:00:00Z"), "1000.00");   // 1000 points valid until 2026-12-31
        buy(silent, Instant.parse("2025-06-15T10:00:00Z"), "1000.00");
        buy(member, Instant.parse("2026-06-15T10:00:00Z"), "500.00");    // 500 points valid until 2027-12-31

        expiryWarnings.warn(LocalDate.of(2026, 11, 15));   // 31 December is more than 30 days away
        assertThat(to(member)).isEmpty();

        expiryWarnings.warn(LocalDate.of(2026, 12, 10));
        expiryWarnings.warn(LocalDate.of(2026, 12, 11));   // the next day's sweep

        List<MimeMessage> mails = to(member);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("[Relay] 1000 of your points expire on 2026-12-31");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("1500 points in all");
        assertThat(expiryWarnings.of(member.getId())).singleElement().satisfies(warning -> {
            assertThat(warning.getExpiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(warning.getPoints()).isEqualTo(1000);
            assertThat(warning.getSentTo()).isEqualTo(address(member));
        });
        assertThat(expiryWarnings.of(silent.getId())).singleElement()
                .satisfies(warning -> assertThat(warning.getSentTo()).isNull());
    }

    @Test
    void pointsAlreadySpentAreNotWarnedAbout() {
        Customer member = memberWithEmail(MemberTier.STANDARD);
        buy(member, Instant.parse("2025-06-15T10:00:00Z"), "1000.00");   // 1000 points valid until 2026-12-31
        redemptions.request(new NewRedemption(member.getId(), "Umbrella", 600L), Fixtures.SERVICE1);

        expiryWarnings.warn(LocalDate.of(2026, 12, 10));

        assertThat(to(member)).singleElement().satisfies(mail ->
                assertThat(subject(mail)).isEqualTo("[Relay] 400 of your points expire on 2026-12-31"));
    }

    private Customer memberWithEmail(MemberTier tier) {
        Customer member = fixtures.customer(tier);
        jdbc.update("update customer set email = ? where id = ?", address(member), member.getId());
        return member;
    }

    private void buy(Customer member, Instant at, String amount) {
        loyalty.consume(new NewConsumption(member.getId(), null, "POS", ConsumptionPointsProcessTest.newId(),
                new BigDecimal(amount), at, List.of(ConsumptionPointsProcessTest.line("OTHER", amount))),
                Fixtures.ADMIN);
    }

    private static List<MimeMessage> to(Customer member) {
        String address = address(member);
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String address(Customer member) {
        return member.getCode().toLowerCase() + "@members.example.com";
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
