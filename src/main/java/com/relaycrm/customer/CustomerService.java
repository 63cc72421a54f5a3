package com.relaycrm.customer;

import com.relaycrm.customer.internal.AssetRepository;
import com.relaycrm.customer.internal.ContactRepository;
import com.relaycrm.customer.internal.CustomerContactRepository;
import com.relaycrm.customer.internal.CustomerRelationRepository;
import com.relaycrm.customer.internal.CustomerRepository;
import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerCommands.NewAsset;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers, their contacts and their assets. Data permission (数据权限): administrators, managers, service staff
 * and finance see every customer; a sales rep sees the customers they own; other roles see none through the API.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService {

    private static final String[] SEE_ALL = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE,
            Groups.SERVICE_MANAGER, Groups.FINANCE};
    private static final String[] MAINTAIN = {Groups.ADMIN, Groups.SALES, Groups.SALES_MANAGER, Groups.SERVICE,
            Groups.SERVICE_MANAGER};

    /** Who sets member tiers above the entry tier and assigns customers to other owners. */
    private static final String[] MANAGE = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE_MANAGER};
    /** Who hands out membership cards over the API (the service desk and managers). */
    private static final String[] ISSUE_CARDS = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE,
            Groups.SERVICE_MANAGER};
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final AssetRepository assets;
    private final OrganisationService organisation;
    private final CustomerContactRepository contactHistory;
    private final CustomerRelationRepository relations;

    CustomerService(CustomerRepository customers, ContactRepository contacts, AssetRepository assets,
                    OrganisationService organisation, CustomerContactRepository contactHistory,
                    CustomerRelationRepository relations) {
        this.relations = relations;
        this.customers = customers;
        this.contacts = contacts;
        this.assets = assets;
        this.organisation = organisation;
        this.contactHistory = contactHistory;
    }

    // ---- for people (data permissions apply) ----

    public Page<Customer> visibleTo(Viewer viewer, Pageable page) {
        if (viewer.inAny(SEE_ALL)) {
            return customers.findAllByOrderByNameAscIdAsc(page);
        }
        if (viewer.inAny(Groups.SALES)) {
            return customers.findByOwnerIdOrderByNameAscIdAsc(viewer.userId(), page);
        }
        throw new AccessDeniedException(viewer.userId() + " may not list customers");
    }

    public Customer get(long id, Viewer viewer) {
        Customer customer = customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
        if (maySee(customer, viewer)) {
            return customer;
        }
        throw new NotFoundException("Customer", id);
    }

    /** The customer with the code, for a viewer who may see it (its page: /records/customer.html?key=CODE). */
    public Customer byCode(String code, Viewer viewer) {
        Customer customer = customers.findByCode(code).orElseThrow(() -> new NotFoundException("Customer", code));
        if (maySee(customer, viewer)) {
            return customer;
        }
        throw new NotFoundException("Customer", code);
    }

    /** Whether the viewer's data permission covers every customer (not only the ones they own). */
    public boolean seesAllCustomers(Viewer viewer) {
        return viewer.inAny(SEE_ALL);
    }

    /** The data permission on customers: administrators, managers, service and finance see all, a rep their own. */
    public boolean maySee(Customer customer, Viewer viewer) {
        return viewer.inAny(SEE_ALL) || (viewer.inAny(Groups.SALES) && viewer.userId().equals(customer.getOwnerId()));
    }

    /** The customers the viewer may see among the ids (for search results and related companies). */
    public List<Customer> visibleAmong(java.util.Collection<Long> ids, Viewer viewer) {
        return ids.isEmpty() ? List.of()
                : customers.findAllById(ids).stream().filter(c -> maySee(c, viewer)).toList();
    }

    /**
     * 客户关系图: records that {@code relatedId} is the parent of the customer (PARENT) or that the two are affiliated
     * (AFFILIATE). Both must be visible to the viewer, who must maintain customers; a relation is stored once.
     */
    @Transactional
    public CustomerRelation relate(long customerId, long relatedId, CustomerRelation.Kind kind, Viewer viewer) {
        requireMaintainer(viewer, "relate customers");
        if (kind == null) {
            throw new InvalidInputException("kind", "must be PARENT or AFFILIATE");
        }
        Customer customer = get(customerId, viewer);
        Customer related;
        try {
            related = get(relatedId, viewer);
        } catch (NotFoundException e) {
            throw new InvalidInputException("relatedCustomerId", "no customer " + relatedId + " you may see");
        }
        if (customer.getId().equals(related.getId())) {
            throw new InvalidInputException("relatedCustomerId", "a customer cannot be related to itself");
        }
        if (relations.existsByCustomerIdAndRelatedCustomerIdAndKind(customer.getId(), related.getId(), kind)
                || kind == CustomerRelation.Kind.AFFILIATE && relations.existsByCustomerIdAndRelatedCustomerIdAndKind(
                        related.getId(), customer.getId(), kind)) {
            throw new InvalidInputException("relatedCustomerId", "the relation is already recorded");
        }
        return relations.save(new CustomerRelation(customer.getId(), related.getId(), kind, viewer.userId()));
    }

    /** The relations of a customer in both directions (no data permission: the caller filters the other side). */
    List<CustomerRelation> relationsOf(long customerId) {
        return relations.findByCustomerIdOrRelatedCustomerIdOrderById(customerId, customerId);
    }

    /**
     * A customer a person enters over the API: besides {@link #create}'s rules, a membership card is given only by
     * those who issue cards (the service desk and managers), so nobody can claim a card number that is not theirs
     * to hand out.
     */
    @Transactional
    public Customer enter(NewCustomer command, Viewer viewer) {
        if (blankToNull(command.cardNumber()) != null && !viewer.inAny(ISSUE_CARDS)) {
            throw new AccessDeniedException("cardNumber: " + viewer.userId()
                    + " may not issue membership cards (the service desk and managers do)");
        }
        return create(command, viewer);
    }

    /**
     * Creates a customer. Everyone who maintains customers may create one owned by themselves, as a non-member or
     * as a member at the entry tier (STANDARD); a higher tier or another owner only managers and administrators
     * set. Names must be plain text. The card number, when given, must be free; the application calls this
     * directly for a card a reader has just read (card-swipe registration) and for converted leads.
     */
    @Transactional
    public Customer create(NewCustomer command, Viewer viewer) {
        requireMaintainer(viewer, "create customers");
        TextChecks.requirePlainText("name", command.name(), false);
        TextChecks.requirePlainText("industry", command.industry(), false);
        if (customers.findByCode(command.code()).isPresent()) {
            throw new InvalidInputException("code", "customer code " + command.code() + " is already used");
        }
        MemberTier tier = command.memberTier() == null ? MemberTier.NONE : command.memberTier();
        String cardNumber = blankToNull(command.cardNumber());
        if (tier != MemberTier.NONE && cardNumber == null) {
            throw new InvalidInputException("cardNumber", "is required for a member (tier " + tier + ")");
        }
        if (cardNumber != null && tier == MemberTier.NONE) {
            throw new InvalidInputException("memberTier", "a customer with a membership card needs a member tier");
        }
        if (tier.compareTo(MemberTier.STANDARD) > 0 && !viewer.inAny(MANAGE)) {
            throw new AccessDeniedException("memberTier: " + viewer.userId() + " may not set tier " + tier
                    + " (a new member starts at STANDARD; managers set other tiers)");
        }
        if (cardNumber != null && !CARD_NUMBER.matcher(cardNumber).matches()) {
            throw new InvalidInputException("cardNumber", "must be letters and digits as printed on the card");
        }
        if (cardNumber != null && customers.findByCardNumber(cardNumber).isPresent()) {
            throw new InvalidInputException("cardNumber", "card " + cardNumber + " belongs to another member");
        }
        if (command.regionCode() != null && !organisation.regionExists(command.regionCode())) {
            throw new InvalidInputException("regionCode", "no region " + command.regionCode());
        }
        if (command.departmentCode() != null && !organisation.departmentExists(command.departmentCode())) {
            throw new InvalidInputException("departmentCode", "no department " + command.departmentCode());
        }
        String owner = command.ownerId() == null ? viewer.userId() : command.ownerId();
        if (!owner.equals(viewer.userId()) && !viewer.inAny(MANAGE)) {
            throw new AccessDeniedException("ownerId: " + viewer.userId()
                    + " may create customers owned by themselves only (managers assign other owners)");
        }
        if (!owner.equals(viewer.userId()) && organisation.groupIds(owner).isEmpty()) {
            throw new InvalidInputException("ownerId", "no user " + owner);
        }
        Customer customer = new Customer(command.code(), command.name().trim(), command.kind(), tier, owner);
        customer.describe(command.industry(), command.regionCode(), command.departmentCode(), command.levelCode(),
                cardNumber, command.email(), command.phone());
        return customers.save(customer);
    }

    @Transactional
    public Contact addContact(long customerId, NewContact command, Viewer viewer) {
        requireMaintainer(viewer, "add contacts");
        Customer customer = get(customerId, viewer);
        TextChecks.requirePlainText("name", command.name(), false);
        TextChecks.requirePlainText("title", command.title(), false);
        if (command.superiorId() != null) {
            Contact superior = contacts.findById(command.superiorId()).orElse(null);
            if (superior == null || !superior.getCustomerId().equals(customer.getId())) {
                throw new InvalidInputException("superiorId", "no contact " + command.superiorId() + " at this customer");
            }
        }
        return contacts.save(new Contact(customer.getId(), command.name().trim(), command.title(), command.email(),
                command.phone(), command.superiorId()));
    }

    public List<Contact> contacts(long customerId, Viewer viewer) {
        return contactsOf(get(customerId, viewer));
    }

    /** The contacts of a customer the caller has already checked the viewer may see. */
    List<Contact> contactsOf(Customer customer) {
        return contacts.findByCustomerIdOrderByName(customer.getId());
    }

    @Transactional
    public Asset addAsset(long customerId, NewAsset command, Viewer viewer) {
        requireMaintainer(viewer, "register assets");
        Customer customer = get(customerId, viewer);
        if (command.warrantyEnd().isBefore(command.purchaseDate())) {
            throw new InvalidInputException("warrantyEnd", "must not be before the purchase date");
        }
        if (assets.findBySerialNumber(command.serialNumber()).isPresent()) {
            throw new InvalidInputException("serialNumber", "asset " + command.serialNumber() + " is already registered");
        }
        return assets.save(new Asset(customer.getId(), command.serialNumber().trim(), command.productName().trim(),
                command.assetType().trim(), command.purchaseDate(), command.warrantyEnd()));
    }

    public List<Asset> assets(long customerId, Viewer viewer) {
        return assetsOf(get(customerId, viewer));
    }

    /** The assets of a customer the caller has already checked the viewer may see. */
    List<Asset> assetsOf(Customer customer) {
        return assets.findByCustomerIdOrderBySerialNumber(customer.getId());
    }

    // ---- for other business areas (no data permission: they decide what to show) ----

    public Customer customer(long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /**
     * How to reach a customer, for the people who call or visit them: the customer's phone, then each contact with
     * title and phone ("010-8888-0001; 张伟 Zhang Wei, IT manager, 010-8888-0101").
     */
    @Transactional(readOnly = true)
    public String reachableAt(long customerId) {
        List<String> parts = new java.util.ArrayList<>();
        Customer customer = customer(customerId);
        if (customer.getPhone() != null && !customer.getPhone().isBlank()) {
            parts.add(customer.getPhone());
        }
        for (Contact contact : contacts.findByCustomerIdOrderByName(customerId)) {
            parts.add(java.util.stream.Stream.of(contact.getName(), contact.getTitle(), contact.getPhone())
                    .filter(text -> text != null && !text.isBlank())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }

    /** The customers a user owns, by name (the choices of a form's customer select). */
    @Transactional(readOnly = true)
    public List<Customer> ownedBy(String userId) {
        return customers.findByOwnerIdOrderByNameAscIdAsc(userId, org.springframework.data.domain.PageRequest.of(0, 500))
                .getContent();
    }

    /** The next free customer number, CUST-0005 after CUST-0004 (for customers made from a converted lead). */
    public String nextCustomerCode() {
        Long highest = customers.highestCustomerNumber();
        long next = highest == null ? 1 : highest + 1;
        while (customers.findByCode(code(next)).isPresent()) {
            next++;
        }
        return code(next);
    }

    private static final String CODE_PREFIX = "CUST-";

    private static String code(long number) {
        return CODE_PREFIX + String.format("%04d", number);
    }

    public Optional<Customer> customerByCode(String code) {
        return customers.findByCode(code);
    }

    /** The customer a form names by code, if the viewer may see it; otherwise a refusal naming the form's field. */
    @Transactional(readOnly = true)
    public Customer visibleByCode(String field, String code, Viewer viewer) {
        Customer customer = code == null ? null : customers.findByCode(code.trim()).orElse(null);
        if (customer == null || !maySee(customer, viewer)) {
            throw new InvalidInputException(field, code == null ? "is required" : "no customer " + code + " of yours",
                    code == null ? "必填" : "没有您的客户 " + code);
        }
        return customer;
    }

    /** The member holding a card number, if any. */
    public Optional<Customer> memberByCard(String cardNumber) {
        return customers.findByCardNumber(cardNumber);
    }

    /**
     * The member holding a card number, its row locked until the caller's transaction ends: what one caller checks
     * and records for the member (e.g. "was this purchase already reported?") is done before another's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Customer> lockMemberByCard(String cardNumber) {
        return customers.lockByCardNumber(cardNumber);
    }

    /** Sets a member's tier; the loyalty package decides the tier and records the change history. */
    @Transactional
    public Customer changeTier(long customerId, MemberTier tier) {
        Customer customer = customer(customerId);
        customer.changeTier(tier);
        return customer;
    }

    /** Adds a contact (call, email, visit) to the customer's history. */
    @Transactional
    public CustomerContact recordContact(long customerId, String channel, String subject, String note,
                                         String sourceReference, String recordedBy) {
        customer(customerId);
        return contactHistory.save(new CustomerContact(customerId, channel, subject, note, sourceReference, recordedBy));
    }

    /** The customer's contact history, newest first. */
    public List<CustomerContact> contactHistory(long customerId) {
        return contactHistory.findByCustomerIdOrderByRecordedAtDescIdDesc(customerId);
    }

    /** The customer's contact history after a timeline position, newest first (for the customer page). */
    List<CustomerContact> contactTimeline(long customerId, java.time.Instant at, long idBelow, Pageable limit) {
        return contactHistory.timeline(customerId, at, idBelow, limit);
    }

    /** Records a member's birthday (used by birthday care plans). */
    @Transactional
    public Customer recordBirthDate(long customerId, java.time.LocalDate birthDate) {
        Customer customer = customer(customerId);
        customer.birthDate(birthDate);
        return customer;
    }

    /** Members (customers with a card) whose birthday (month and day) falls on the given day. */
    public List<Customer> membersWithBirthdayOn(java.time.LocalDate day) {
        return customers.findByCardNumberNotNullAndBirthDateNotNull().stream()
                .filter(c -> c.getBirthDate().getMonth() == day.getMonth()
                        && c.getBirthDate().getDayOfMonth() == day.getDayOfMonth())
                .toList();
    }

    /** Every asset of a type (e.g. PRINTER), for periodic maintenance plans. */
    public List<Asset> assetsOfType(String assetType) {
        return assets.findByAssetType(assetType);
    }

    /** Customers with an owner, created before the time: what the sales recycling sweep looks at. */
    public List<Customer> ownedCreatedBefore(java.time.Instant cutoff) {
        return customers.findByOwnerIdIsNotNullAndCreatedAtBefore(cutoff);
    }

    /** Recycling (回收): the sales area takes a customer nobody worked on from its owner; managers hand it out again. */
    @Transactional
    public Customer releaseOwner(long customerId) {
        Customer customer = customer(customerId);
        customer.releaseOwner();
        return customer;
    }

    public Asset asset(long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("Asset", id));
    }

    public Optional<Asset> assetBySerial(String serialNumber) {
        return assets.findBySerialNumber(serialNumber);
    }

    /**
     * The asset, its row locked until the caller's transaction ends: what one caller checks and opens on the asset
     * (e.g. "is a service request open?") is done before another's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Asset lockAsset(long id) {
        return assets.lockById(id).orElseThrow(() -> new NotFoundException("Asset", id));
    }

    private static void requireMaintainer(Viewer viewer, String action) {
        viewer.requireAny(action, MAINTAIN);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
