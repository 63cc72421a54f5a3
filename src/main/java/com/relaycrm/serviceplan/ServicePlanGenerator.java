package com.relaycrm.serviceplan;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.opportunity.SalesOrder;
import com.relaycrm.sales.opportunity.SalesOrders;
import com.relaycrm.serviceplan.ServicePlanProperties.PlanTemplate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates service plans in batch from the templates (计划模板): follow-up visits some days after an order, yearly
 * maintenance of each asset of a type on its purchase anniversary, birthday care of members; each plan due within
 * {@code relay.service-plans.look-ahead}. A plan whose key exists is not generated again, so the batch may run any
 * number of times.
 * Follow-up visits come after every sales order: a won opportunity's or loaned items converted to a sale (转销售).
 */
@Component
@Transactional
public class ServicePlanGenerator {

    private final ServicePlanProperties properties;
    private final ServicePlanService plans;
    private final CustomerService customers;
    private final SalesOrders orders;

    ServicePlanGenerator(ServicePlanProperties properties, ServicePlanService plans, CustomerService customers,
                         SalesOrders orders) {
        this.properties = properties;
        this.plans = plans;
        this.customers = customers;
        this.orders = orders;
    }

    /** What one run generated, and how many plans it found already generated. */
    public record Result(LocalDate day, List<ServicePlan> created, int alreadyPlanned) {
    }

    record Candidate(String key, long customerId, Long assetId, String sourceReference, String subject,
                     LocalDate dueDate) {
    }

    public Result generate(LocalDate today) {
        List<ServicePlan> created = new ArrayList<>();
        int existing = 0;
        for (PlanTemplate template : properties.templates()) {
            for (Candidate candidate : candidates(template, today)) {
                Optional<ServicePlan> plan = plans.createUnlessPlanned(template, candidate);
                if (plan.isPresent()) {
                    created.add(plan.get());
                } else {
                    existing++;
                }
            }
        }
        return new Result(today, created, existing);
    }

    private List<Candidate> candidates(PlanTemplate template, LocalDate today) {
        LocalDate until = today.plusDays(properties.lookAhead().toDays());
        List<Candidate> candidates = new ArrayList<>();
        switch (template.kind()) {
            case FOLLOW_UP -> {
                // orders (won opportunities, loans converted to a sale) whose follow-up falls from a year back up to
                // the look-ahead
                LocalDate since = today.minusDays(template.daysAfter() + 365L);
                for (SalesOrder order : orders.createdSince(since.atStartOfDay(ZoneId.systemDefault()).toInstant())) {
                    LocalDate due = order.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate()
                            .plusDays(template.daysAfter());
                    if (!due.isAfter(until)) {
                        String reference = "ORDER-" + order.getId();
                        candidates.add(new Candidate(key(template, reference, due), order.getCustomerId(), null,
                                reference, template.name() + " after order " + order.getId(), due));
                    }
                }
            }
            case MAINTENANCE -> {
                for (Asset asset : customers.assetsOfType(template.assetType())) {
                    anniversary(asset.getPurchaseDate(), today, until).ifPresent(due -> candidates.add(
                            new Candidate(key(template, "ASSET-" + asset.getId(), due), asset.getCustomerId(),
                                    asset.getId(), asset.getSerialNumber(),
                                    template.name() + ": " + asset.getProductName() + " " + asset.getSerialNumber(), due)));
                }
            }
            case BIRTHDAY -> {
                for (LocalDate day = today; !day.isAfter(until); day = day.plusDays(1)) {
                    for (Customer member : customers.membersWithBirthdayOn(day)) {
                        candidates.add(new Candidate(key(template, "CUSTOMER-" + member.getId(), day), member.getId(),
                                null, member.getCode(), template.name() + ": " + member.getName(), day));
                    }
                }
            }
        }
        return candidates;
    }

    static String key(PlanTemplate template, String subject, LocalDate due) {
        return template.code() + ":" + subject + ":" + due;
    }

    /** The next anniversary of {@code date} from today to {@code until}, if any (never the date itself). */
    static Optional<LocalDate> anniversary(LocalDate date, LocalDate today, LocalDate until) {
        if (date == null) {
            return Optional.empty();
        }
        for (int year = today.getYear(); year <= until.getYear(); year++) {
            LocalDate candidate = date.withYear(year);
            if (candidate.isAfter(date) && !candidate.isBefore(today) && !candidate.isAfter(until)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
