package com.relaycrm.customer;

import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.process.OpenTasks;
import com.relaycrm.process.OpenTasks.OpenTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page (客户360度视图, /records/customer.html?key=CODE): the customer as the viewer may see it with its
 * contacts (with superiors: 联系人关系图), assets and warranty, parent and affiliated companies (客户关系图), what
 * every business area adds ({@link CustomerRecordPart}) and one timeline of everything, newest first, a page at a
 * time. Whoever may not see the customer is refused (404), exactly as GET /api/customers/{id}.
 */
@Service
@Transactional(readOnly = true)
public class CustomerRecords {

    /** An asset with whether it is in warranty today. */
    public record AssetView(Asset asset, boolean inWarranty) {
    }

    /** A related company from this customer's side: PARENT, SUBSIDIARY or AFFILIATE. */
    public record RelatedCompany(long customerId, String code, String name, String role) {
    }

    /** A task open now on one of the customer's records: the record's key, name and page, and the task. */
    public record CustomerTask(String recordKey, String recordTitle, String link, OpenTask task) {
    }

    /**
     * The page's record; {@code parts} by {@link CustomerRecordPart#name()}; {@code openTasks} those of the records
     * the viewer may see, oldest first.
     */
    public record CustomerRecord(Customer customer, List<Contact> contacts, List<AssetView> assets,
                                 List<RelatedCompany> relations, Map<String, Object> parts,
                                 List<CustomerTask> openTasks) {
    }

    private static final String CONTACT_KIND = "contact";

    private final CustomerService customers;
    private final List<CustomerRecordPart> parts;
    private final OpenTasks openTasks;

    CustomerRecords(CustomerService customers, List<CustomerRecordPart> parts, OpenTasks openTasks) {
        this.customers = customers;
        this.parts = parts;
        this.openTasks = openTasks;
    }

    public CustomerRecord record(String code, Viewer viewer) {
        Customer customer = customers.byCode(code, viewer);
        LocalDate today = LocalDate.now();
        Map<String, Object> sections = new LinkedHashMap<>();
        List<CustomerRecordPart.OpenRecord> open = new ArrayList<>();
        for (CustomerRecordPart part : parts) {
            CustomerRecordPart.Section section = part.section(customer, viewer);
            sections.put(part.name(), section.records());
            open.addAll(section.open());
        }
        return new CustomerRecord(customer, customers.contactsOf(customer),
                customers.assetsOf(customer).stream()
                        .map(asset -> new AssetView(asset, asset.inWarrantyOn(today))).toList(),
                relations(customer, viewer), sections, openTasks(open));
    }

    /** The open tasks of the records, one engine query per process rather than one per record; oldest first. */
    private List<CustomerTask> openTasks(List<CustomerRecordPart.OpenRecord> records) {
        Map<String, Map<String, CustomerRecordPart.OpenRecord>> byProcess = new LinkedHashMap<>();
        for (CustomerRecordPart.OpenRecord record : records) {
            byProcess.computeIfAbsent(record.processKey(), k -> new LinkedHashMap<>()).put(record.key(), record);
        }
        List<CustomerTask> tasks = new ArrayList<>();
        byProcess.forEach((processKey, byKey) -> {
            for (OpenTasks.OpenTaskOn open : openTasks.ofAll(byKey.keySet(), processKey)) {
                CustomerRecordPart.OpenRecord record = byKey.get(open.businessKey());
                if (record != null) {
                    tasks.add(new CustomerTask(record.key(), record.title(), record.link(), open.task()));
                }
            }
        });
        tasks.sort(Comparator.comparing((CustomerTask t) -> t.task().since()).thenComparing(t -> t.task().id()));
        return tasks;
    }

    /** A page of the customer's timeline after the cursor (all areas' events, newest first). */
    public Timeline.Page timeline(String code, Viewer viewer, Timeline.Cursor after, int size) {
        Timeline.requirePageSize(size);
        Customer customer = customers.byCode(code, viewer);
        List<List<Timeline.Entry>> sources = new ArrayList<>();
        sources.add(contactHistory(customer, after, size + 1));
        for (CustomerRecordPart part : parts) {
            sources.add(part.timeline(customer, viewer, after, size + 1));
        }
        return Timeline.merge(sources, size);
    }

    private List<Timeline.Entry> contactHistory(Customer customer, Timeline.Cursor after, int limit) {
        return customers.contactTimeline(customer.getId(), after.at(), after.idBelow(CONTACT_KIND),
                PageRequest.of(0, limit)).stream().map(c -> new Timeline.Entry(c.getRecordedAt(), CONTACT_KIND,
                        c.getId(), c.getChannel() + ": " + c.getSubject(), c.getNote(), c.getRecordedBy(), null))
                .toList();
    }

    private List<RelatedCompany> relations(Customer customer, Viewer viewer) {
        List<CustomerRelation> relations = customers.relationsOf(customer.getId());
        Set<Long> others = relations.stream().map(r -> other(r, customer.getId())).collect(Collectors.toSet());
        Map<Long, Customer> visible = customers.visibleAmong(others, viewer).stream()
                .collect(Collectors.toMap(Customer::getId, c -> c));
        List<RelatedCompany> related = new ArrayList<>();
        for (CustomerRelation relation : relations) {
            Customer other = visible.get(other(relation, customer.getId()));
            if (other != null) {
                related.add(new RelatedCompany(other.getId(), other.getCode(), other.getName(),
                        relation.getKind() == CustomerRelation.Kind.AFFILIATE ? "AFFILIATE"
                                : relation.getCustomerId().equals(customer.getId()) ? "PARENT" : "SUBSIDIARY"));
            }
        }
        return related;
    }

    private static long other(CustomerRelation relation, long self) {
        return relation.getCustomerId() == self ? relation.getRelatedCustomerId() : relation.getCustomerId();
    }
}
