package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.internal.LoyaltyReport;
import com.relaycrm.organisation.Groups;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loyalty report's figures (added up in the database, read from the report indexes on PostgreSQL) are those of
 * the accounts and ledger entries taken one by one.
 */
@RelayIntegrationTest
class LoyaltyReportFiguresTest {

    @Autowired LoyaltyReport report;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void tiersAndEntryKindsAddUpTheRowsOneByOne() {
        // a few accounts and entries of our own on top of what the shared database holds
        for (MemberTier tier : MemberTier.values()) {
            long customer = fixtures.customer(tier).getId();
            jdbc.update("insert into points_account (customer_id, available_points, accumulated_points, tier, version, "
                    + "updated_at) values (?, ?, ?, ?, 0, current_timestamp)", customer, 100L + tier.ordinal(),
                    500L, tier.name());
            jdbc.update("insert into points_entry (customer_id, entry_type, points, available_after, accumulated_after, "
                    + "source_type, source_reference, created_by, created_at) values (?, 'BONUS', ?, 0, 0, 'TEST', ?, "
                    + "'test', current_timestamp)", customer, 7L * (tier.ordinal() + 1), "figures-" + customer);
            jdbc.update("insert into points_entry (customer_id, entry_type, points, available_after, accumulated_after, "
                    + "source_type, source_reference, created_by, created_at) values (?, 'REDEMPTION', -3, 0, 0, 'TEST', "
                    + "?, 'test', current_timestamp)", customer, "figures-r-" + customer);
        }

        LoyaltyReport.Report figures = report.report(new Viewer("finance1", List.of(Groups.ADMIN)));

        Map<String, long[]> tiers = new TreeMap<>();
        // every member counts under the tier on their customer record, with 0 points before they have an account
        jdbc.query("select c.member_tier, coalesce(a.available_points, 0) from customer c "
                + "left join points_account a on a.customer_id = c.id where c.card_number is not null", row -> {
            long[] t = tiers.computeIfAbsent(row.getString(1), k -> new long[2]);
            t[0]++;
            t[1] += row.getLong(2);
        });
        Map<String, long[]> kinds = new TreeMap<>();
        jdbc.query("select entry_type, points from points_entry", row -> {
            long[] k = kinds.computeIfAbsent(row.getString(1), x -> new long[2]);
            k[0]++;
            k[1] += row.getLong(2);
        });
        assertThat(figures.tiers()).hasSize(tiers.size());
        for (LoyaltyReport.TierRow row : figures.tiers()) {
            assertThat(new long[] {row.members(), row.availablePoints()}).as(row.tier().name())
                    .containsExactly(tiers.get(row.tier().name()));
        }
        assertThat(figures.entryTypes()).hasSize(kinds.size());
        for (LoyaltyReport.EntryTypeRow row : figures.entryTypes()) {
            assertThat(new long[] {row.entries(), row.points()}).as(row.entryType().name())
                    .containsExactly(kinds.get(row.entryType().name()));
        }
    }
}
