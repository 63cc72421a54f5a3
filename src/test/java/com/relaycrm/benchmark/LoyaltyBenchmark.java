package com.relaycrm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.loyalty.internal.PointsRules;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): points earning evaluated through the Drools decision
 * tables (points-categories + points-earning) and through the same rules hand-written in plain Java, side by side
 * on the same inputs (and checked to agree); then purchases posted end to end (record, process, tables, ledger,
 * tier) on whichever database the profile selects. Prints a table.
 *
 * <pre>
 * ./mvnw test -Dtest=LoyaltyBenchmark -Dbenchmark.evaluations=1000000 -Dbenchmark.consumptions=500
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=... ./mvnw test -Dtest=LoyaltyBenchmark
 * </pre>
 */
@RelayIntegrationTest
class LoyaltyBenchmark {

    private static final MemberTier[] TIERS = {MemberTier.STANDARD, MemberTier.SILVER, MemberTier.GOLD,
            MemberTier.PLATINUM, MemberTier.NONE};
    private static final String[] CATEGORIES = {"HOME_APPLIANCE", "DIGITAL", "COMPUTER", "GROCERY", "SERVICE",
            "GIFT_CARD", "OTHER"};

    @Autowired PointsRules rules;
    @Autowired LoyaltyService loyalty;
    @Autowired Fixtures fixtures;
    @Autowired DataSource dataSource;

    record Input(BigDecimal amount, MemberTier tier, List<ConsumptionLine> lines, LocalDate day) {}

    @Test
    void benchmark() throws Exception {
        int evaluations = Integer.getInteger("benchmark.evaluations", 1_000_000);
        int consumptions = Integer.getInteger("benchmark.consumptions", 500);
        Input[] inputs = inputs(4096);

        // the same answers first, so the comparison is between equals
        for (Input in : inputs) {
            assertThat(HandWritten.earn(in)).as(in.toString()).isEqualTo(viaTables(in));
        }
        long sink = 0;
        for (int i = 0; i < 50_000; i++) { // warm-up of both
            sink += viaTables(inputs[i % inputs.length]) + HandWritten.earn(inputs[i % inputs.length]);
        }

        long t0 = System.nanoTime();
        for (int i = 0; i < evaluations; i++) {
            sink += viaTables(inputs[i & (inputs.length - 1)]);
        }
        double tablesPerSecond = perSecond(evaluations, System.nanoTime() - t0);

        t0 = System.nanoTime();
        for (int i = 0; i < evaluations; i++) {
            sink += HandWritten.earn(inputs[i & (inputs.length - 1)]);
        }
        double javaPerSecond = perSecond(evaluations, System.nanoTime() - t0);

        Customer member = fixtures.customer(MemberTier.STANDARD);
        for (int i = 0; i < 20; i++) {
            consume(member, "10.00");
        }
        t0 = System.nanoTime();
        for (int i = 0; i < consumptions; i++) {
            consume(member, "10.00");
        }
        double postedOneThread = perSecond(consumptions, System.nanoTime() - t0);

        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Customer> members = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            members.add(fixtures.customer(MemberTier.STANDARD));
        }
        t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Customer m : members) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < consumptions / threads; i++) {
                        consume(m, "10.00");
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double postedFourThreads = perSecond(consumptions / threads * threads, System.nanoTime() - t0);

        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion().split(" ")[0];
        }
        System.out.printf("%n Relay CRM loyalty benchmark: %,d earning evaluations, %d purchases, %s (checksum %d)%n",
                evaluations, consumptions, database, sink % 1000);
        System.out.println(" ------------------------------------------------------------------------------");
        System.out.printf(" %-56s %14s%n", "measure", "per second");
        System.out.printf(" %-56s %,14.0f%n", "earning via decision tables (categories + earning)", tablesPerSecond);
        System.out.printf(" %-56s %,14.0f%n", "earning hand-written in plain Java", javaPerSecond);
        System.out.printf(" %-56s %14.1f%n", "ratio plain Java / decision tables", javaPerSecond / tablesPerSecond);
        System.out.printf(" %-56s %,14.1f%n", "purchases posted end to end, 1 thread, one member", postedOneThread);
        System.out.printf(" %-56s %,14.1f%n", "purchases posted end to end, 4 threads, 4 members", postedFourThreads);
        System.out.println(" ------------------------------------------------------------------------------");
        assertThat(loyalty.entries(member.getId())).hasSize(consumptions + 20);
    }

    private long viaTables(Input in) {
        return rules.earn(in.amount(), in.tier(), in.lines(), in.day()).points();
    }

    private void consume(Customer member, String amount) {
        loyalty.consume(new NewConsumption(member.getId(), null, "POS", "B" + UUID.randomUUID(),
                new BigDecimal(amount), Instant.parse("2026-06-15T10:00:00Z"),
                List.of(new ConsumptionLine("OTHER", new BigDecimal(amount)))), Fixtures.ADMIN);
    }

    private static Input[] inputs(int count) {
        Random random = new Random(42);
        LocalDate[] days = {LocalDate.of(2026, 6, 15), LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 24),
                LocalDate.of(2027, 1, 1)};
        Input[] inputs = new Input[count];
        for (int i = 0; i < count; i++) {
            int lines = 1 + random.nextInt(3);
            List<ConsumptionLine> list = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int l = 0; l < lines; l++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(800_000), 2);
                list.add(new ConsumptionLine(CATEGORIES[random.nextInt(CATEGORIES.length)], amount));
                total = total.add(amount);
            }
            inputs[i] = new Input(total, TIERS[random.nextInt(TIERS.length)], list, days[random.nextInt(days.length)]);
        }
        return inputs;
    }

    private static double perSecond(int count, long nanos) {
        return count / (nanos / 1e9);
    }

    /** The rules of rules/points-categories.drl.csv and rules/points-earning.drl.csv as shipped, in plain Java. */
    static final class HandWritten {

        private static final LocalDate APPLIANCE_PROMO_FROM = LocalDate.of(2026, 11, 27);
        private static final LocalDate APPLIANCE_PROMO_TO = LocalDate.of(2026, 11, 30);
        private static final LocalDate DIGITAL_PROMO_FROM = LocalDate.of(2026, 12, 20);
        private static final LocalDate DIGITAL_PROMO_TO = LocalDate.of(2026, 12, 31);
        private static final BigDecimal FIVE_THOUSAND = new BigDecimal("5000");
        private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

        static long earn(Input in) {
            BigDecimal base = BigDecimal.ZERO;
            for (ConsumptionLine line : in.lines()) {
                base = base.add(line.amount().multiply(rate(line.category(), in.day())));
            }
            long offset = in.amount().compareTo(TEN_THOUSAND) >= 0 ? 500
                    : in.amount().compareTo(FIVE_THOUSAND) >= 0 ? 100 : 0;
            BigDecimal multiplier = switch (in.tier()) {
                case PLATINUM -> new BigDecimal("2.0");
                case GOLD -> new BigDecimal("1.5");
                case SILVER -> new BigDecimal("1.2");
                default -> BigDecimal.ONE;
            };
            return base.multiply(multiplier).setScale(0, RoundingMode.DOWN).longValueExact() + offset;
        }

        private static BigDecimal rate(String category, LocalDate day) {
            return switch (category) {
                case "HOME_APPLIANCE" -> within(day, APPLIANCE_PROMO_FROM, APPLIANCE_PROMO_TO)
                        ? BigDecimal.valueOf(2) : BigDecimal.ONE;
                case "DIGITAL" -> within(day, DIGITAL_PROMO_FROM, DIGITAL_PROMO_TO)
                        ? new BigDecimal("1.5") : BigDecimal.ONE;
                case "GROCERY", "SERVICE" -> new BigDecimal("0.5");
                case "GIFT_CARD" -> BigDecimal.ZERO;
                default -> BigDecimal.ONE;
            };
        }

        private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
