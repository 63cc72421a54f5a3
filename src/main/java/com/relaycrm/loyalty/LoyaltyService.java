package com.relaycrm.loyalty;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.internal.ConsumptionRepository;
import com.relaycrm.loyalty.internal.LoyaltyProperties;
import com.relaycrm.loyalty.internal.PointsAccountRepository;
import com.relaycrm.loyalty.internal.PointsEntryRepository;
import com.relaycrm.loyalty.internal.TierChangeRepository;
import com.relaycrm.loyalty.process.CardSwipeProcess;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess;
import com.relaycrm.organisation.Groups;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member points (会员积分): purchases earning points through the {@code consumption-points} process, the points
 * ledger and balances, the tier history, and member cards swiped at a device ({@code card-swipe}). The loyalty
 * module's facade with {@link RedemptionService}; corrections, the expiry sweep, the report and the process steps are
 * internal. Data permission as for customers: administrators, managers, service and finance see every member; a sales
 * rep sees the members they own.
 */
@Service
@Transactional
public class LoyaltyService {

    /** Who sees every member (and the loyalty report). */
    public static final String[] SEE_ALL = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE,
            Groups.SERVICE_MANAGER, Groups.FINANCE};
    static final String[] POST_CONSUMPTIONS = {Groups.ADMIN, Groups.SALES, Groups.SALES_MANAGER, Groups.SERVICE,
            Groups.SERVICE_MANAGER};
    private static final String DEFAULT_SOURCE = "POS";
    private static final String DEVICE_PREFIX = "device:";
    /** Tills' clocks drift; a purchase dated further ahead than this is a typing error. */
    private static final long FUTURE_TOLERANCE_MINUTES = 10;
    /** consumption.lines_text: the lines as category|amount;... (V3__loyalty.sql). */
    private static final int LINES_TEXT_LENGTH = 4000;

    private final ConsumptionRepository consumptions;
    private final PointsEntryRepository entries;
    private final PointsAccountRepository accounts;
    private final TierChangeRepository tierChanges;
    private final CustomerService customers;
    private final LoyaltyProperties properties;
    private final ConsumptionPointsProcess consumptionProcess;
    private final CardSwipeProcess cardSwipeProcess;

    LoyaltyService(ConsumptionRepository consumptions, PointsEntryRepository entries, PointsAccountRepository accounts,
                   TierChangeRepository tierChanges, CustomerService customers, LoyaltyProperties properties,
                   ConsumptionPointsProcess consumptionProcess, CardSwipeProcess cardSwipeProcess) {
        this.consumptions = consumptions;
        this.entries = entries;
        this.accounts = accounts;
        this.tierChanges = tierChanges;
        this.customers = customers;
        this.properties = properties;
        this.consumptionProcess = consumptionProcess;
        this.cardSwipeProcess = cardSwipeProcess;
    }

    /** What a posted (or replayed) purchase earned, and the member's balances and tier after it. */
    public record ConsumptionResult(long consumptionId, long customerId, String source, String externalId,
                                    BigDecimal amount, PointsEntry entry, long availablePoints,
                                    long accumulatedPoints, MemberTier tier, TierChange upgrade, boolean replay,
                                    String processInstanceId) {}

    /** A member's balances and change history. */
    public record MemberPoints(long customerId, String code, String name, String cardNumber, MemberTier tier,
                               long availablePoints, long accumulatedPoints, List<TierChange> tierChanges) {}

    /** One page of a member's ledger, newest first. */
    public record LedgerPage(long customerId, int page, int size, long totalEntries, int totalPages,
                             List<PointsEntry> entries) {}

    // ---------------------------------------------------------------- purchases

    /**
     * Records a purchase and starts its {@code consumption-points} process, which posts the points at once; or,
     * when the transaction was already reported, returns what it earned then without posting again.
     */
    public ConsumptionResult consume(NewConsumption command, Viewer viewer) {
        viewer.requireAny("post consumptions", POST_CONSUMPTIONS);
        String source = command.source() == null ? DEFAULT_SOURCE : command.source();
        String externalId = command.externalId().trim();
        Customer member = member(command, viewer);
        if (command.amount().compareTo(properties.maxPurchaseAmount()) > 0) {
            throw new InvalidInputException("amount", "one purchase may be at most "
                    + properties.maxPurchaseAmount().toPlainString() + " (relay.loyalty.max-purchase-amount)");
        }
        Optional<Consumption> existing = consumptions.findBySourceTypeAndExternalId(source, externalId);
        if (existing.isPresent()) {
            return replay(existing.get(), member);
        }
        List<ConsumptionLine> lines = lines(command);
        if (command.occurredAt().isAfter(Instant.now().plus(FUTURE_TOLERANCE_MINUTES, ChronoUnit.MINUTES))) {
            throw new InvalidInputException("occurredAt", "lies in the future");
        }
        String linesText = linesText(lines);
        if (linesText.length() > LINES_TEXT_LENGTH) {
            throw new InvalidInputException("lines", "take " + linesText.length() + " characters as stored, at most "
                    + LINES_TEXT_LENGTH + ": send fewer lines");
        }
        Consumption consumption = consumptions.saveAndFlush(new Consumption(member.getId(), source, externalId,
                command.amount(), command.occurredAt(), linesText, viewer.userId()));
        consumptionProcess.start(consumption);
        return result(consumption, false);
    }

    /** What an already reported transaction earned (used when a replay raced the first report). */
    @Transactional(readOnly = true)
    public Optional<ConsumptionResult> reported(String source, String externalId, Viewer viewer) {
        return consumptions.findBySourceTypeAndExternalId(source == null ? DEFAULT_SOURCE : source, externalId.trim())
                .map(consumption -> {
                    if (!isDevice(viewer)) {
                        visibleMember(consumption.getCustomerId(), viewer);
                    }
                    return result(consumption, true);
                });
    }

    // ---------------------------------------------------------------- card swipes

    /**
     * A member card read by a device (frame {@code frameId}): starts {@code card-swipe}, which gives the clerk the
     * member's record or a registration task. Returns the outcome for the device's frame record.
     */
    public String cardSwiped(long frameId, String deviceId, String cardNumber, Instant swipedAt) {
        return CardSwipeProcess.KEY + " " + cardSwipeProcess.start(frameId, deviceId, cardNumber, swipedAt);
    }

    // ---------------------------------------------------------------- queries (data permissions apply)

    @Transactional(readOnly = true)
    public MemberPoints member(long customerId, Viewer viewer) {
        Customer member = visibleMember(customerId, viewer);
        Optional<PointsAccount> account = accounts.findById(customerId);
        return new MemberPoints(member.getId(), member.getCode(), member.getName(), member.getCardNumber(),
                member.getMemberTier(), account.map(PointsAccount::getAvailablePoints).orElse(0L),
                account.map(PointsAccount::getAccumulatedPoints).orElse(0L),
                tierChanges.findByCustomerIdOrderById(customerId));
    }

    @Transactional(readOnly = true)
    public LedgerPage ledger(long customerId, int page, int size, Viewer viewer) {
        visibleMember(customerId, viewer);
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", "must be between 1 and 200");
        }
        Page<PointsEntry> result = entries.findByCustomerIdOrderByIdDesc(customerId, PageRequest.of(page, size));
        return new LedgerPage(customerId, page, size, result.getTotalElements(), result.getTotalPages(),
                result.getContent());
    }

    /** A member's points entries after a timeline position, newest first, for a viewer who may see the member. */
    @Transactional(readOnly = true)
    public List<PointsEntry> timeline(long customerId, Instant at, long idBelow, int limit, Viewer viewer) {
        visibleMember(customerId, viewer);
        return entries.timeline(customerId, at, idBelow, PageRequest.of(0, limit));
    }

    /** The whole ledger of a member, oldest first (for checks and reports; no data permission). */
    @Transactional(readOnly = true)
    public List<PointsEntry> entries(long customerId) {
        return entries.findByCustomerIdOrderById(customerId);
    }

    @Transactional(readOnly = true)
    public Optional<PointsAccount> account(long customerId) {
        return accounts.findById(customerId);
    }

    @Transactional(readOnly = true)
    public List<TierChange> tierChanges(long customerId) {
        return tierChanges.findByCustomerIdOrderById(customerId);
    }

    @Transactional(readOnly = true)
    public Optional<Consumption> consumption(String source, String externalId) {
        return consumptions.findBySourceTypeAndExternalId(source, externalId);
    }

    // ---------------------------------------------------------------- helpers

    /** A member the viewer may see: sales reps only their own (the customer's data permission), others none. */
    private Customer visibleMember(long customerId, Viewer viewer) {
        if (!viewer.inAny(SEE_ALL)) {
            viewer.requireAny("see members' points", Groups.SALES);
        }
        Customer customer = customers.get(customerId, viewer);
        if (!customer.isMember()) {
            throw new NotFoundException("Member", customerId);
        }
        return customer;
    }

    /**
     * The member a purchase is for. A person posts only for a member they may see (the same rule as reading the
     * member: 404 otherwise, and no balances in the answer); a card terminal posts for any card it reads.
     */
    private Customer member(NewConsumption command, Viewer viewer) {
        Customer customer = member(command);
        if (!isDevice(viewer)) {
            try {
                visibleMember(customer.getId(), viewer);
            } catch (NotFoundException e) {
                // as for an unknown record; a card number does not reveal whose customer id it is
                throw command.customerId() != null ? e : new NotFoundException("Member with card", command.cardNumber().trim());
            }
        }
        return customer;
    }

    /**
     * A card terminal or till posting through the device gateway: its viewer is named {@code device:<id>}, which
     * no login can be (user ids are letters and digits only), and it posts for whichever card it reads.
     */
    private static boolean isDevice(Viewer viewer) {
        return viewer.userId().startsWith(DEVICE_PREFIX);
    }

    private Customer member(NewConsumption command) {
        Customer customer;
        if (command.customerId() != null) {
            try {
                customer = customers.customer(command.customerId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("customerId", "no customer " + command.customerId());
            }
            if (command.cardNumber() != null && !command.cardNumber().isBlank()
                    && !command.cardNumber().trim().equals(customer.getCardNumber())) {
                throw new InvalidInputException("cardNumber", "is not the card of customer " + customer.getCode());
            }
        } else if (command.cardNumber() != null && !command.cardNumber().isBlank()) {
            customer = customers.memberByCard(command.cardNumber().trim())
                    .orElseThrow(() -> new InvalidInputException("cardNumber", "no member with card "
                            + command.cardNumber().trim()));
        } else {
            throw new InvalidInputException("customerId", "customerId or cardNumber is required");
        }
        if (!customer.isMember()) {
            throw new InvalidInputException("customerId", "customer " + customer.getCode() + " is not a member");
        }
        return customer;
    }

    /** The lines as given, which must add up to the amount; without lines the whole amount is category OTHER. */
    private static List<ConsumptionLine> lines(NewConsumption command) {
        if (command.lines() == null || command.lines().isEmpty()) {
            return List.of(new ConsumptionLine("OTHER", command.amount()));
        }
        BigDecimal total = command.lines().stream().map(ConsumptionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(command.amount()) != 0) {
            throw new InvalidInputException("lines", "add up to " + total.toPlainString() + ", not to the amount "
                    + command.amount().toPlainString());
        }
        return command.lines().stream()
                .map(line -> new ConsumptionLine(line.category().toUpperCase(), line.amount())).toList();
    }

    private static String linesText(List<ConsumptionLine> lines) {
        return lines.stream().map(line -> line.category() + "|" + line.amount().toPlainString())
                .collect(Collectors.joining(";"));
    }

    private ConsumptionResult replay(Consumption consumption, Customer member) {
        if (!consumption.getCustomerId().equals(member.getId())) {
            throw new InvalidInputException("externalId", "transaction " + consumption.getExternalId()
                    + " was already reported for another member");
        }
        return result(consumption, true);
    }

    private ConsumptionResult result(Consumption consumption, boolean replay) {
        PointsEntry entry = consumption.getPointsEntryId() == null ? null
                : entries.findById(consumption.getPointsEntryId()).orElse(null);
        PointsAccount account = accounts.findById(consumption.getCustomerId()).orElse(null);
        Customer member = customers.customer(consumption.getCustomerId());
        TierChange upgrade = null;
        if (entry != null) {
            upgrade = tierChanges.findByCustomerIdOrderById(member.getId()).stream()
                    .filter(change -> change.getAccumulatedPoints() == entry.getAccumulatedAfter())
                    .reduce((first, second) -> second).orElse(null);
        }
        return new ConsumptionResult(consumption.getId(), member.getId(), consumption.getSourceType(),
                consumption.getExternalId(), consumption.getAmount(), entry,
                account == null ? 0 : account.getAvailablePoints(), account == null ? 0 : account.getAccumulatedPoints(),
                member.getMemberTier(), upgrade, replay, consumption.getProcessInstanceId());
    }
}
