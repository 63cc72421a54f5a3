package com.relaycrm.customer.web;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Contact;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecords;
import com.relaycrm.customer.CustomerRelation;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.common.Timeline;
import com.relaycrm.process.RecordView;

import com.relaycrm.customer.CustomerCommands.NewAsset;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.common.Paging;
import com.relaycrm.common.Viewer;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.web.PagedList;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final CustomerRecords records;

    CustomerController(CustomerService customers, CurrentUser currentUser, CustomerRecords records) {
        this.records = records;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    @GetMapping
    ResponseEntity<List<Customer>> list(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(customers.visibleTo(viewer(), Paging.of(page, size)));
    }

    /** The customer page (/records/customer.html?key=CODE): 客户360度视图. */
    @GetMapping("/record/{code}")
    RecordView<CustomerRecords.CustomerRecord> record(@PathVariable String code) {
        return new RecordView<>("customer", code, records.record(code, viewer()), List.of());
    }

    /** The customer's timeline, newest first, {@code size} entries after the position {@code after} (the last page's next). */
    @GetMapping("/record/{code}/timeline")
    Timeline.Page timeline(@PathVariable String code, @RequestParam(required = false) String after,
                           @RequestParam(defaultValue = "50") int size) {
        return records.timeline(code, viewer(), Timeline.Cursor.parse(after), size);
    }

    /** 客户关系图: {"relatedCustomerId": 7, "kind": "PARENT"} (7 is the parent) or "AFFILIATE". */
    @PostMapping("/{id}/relations")
    @ResponseStatus(HttpStatus.CREATED)
    CustomerRelation relate(@PathVariable long id, @Valid @RequestBody NewRelation command) {
        return customers.relate(id, command.relatedCustomerId(), command.kind(), viewer());
    }

    record NewRelation(@jakarta.validation.constraints.NotNull Long relatedCustomerId,
                       @jakarta.validation.constraints.NotNull CustomerRelation.Kind kind) {
    }

    @GetMapping("/{id}")
    Customer get(@PathVariable long id) {
        return customers.get(id, viewer());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Customer create(@Valid @RequestBody NewCustomer command) {
        return customers.enter(command, viewer());
    }

    @GetMapping("/{id}/contacts")
    List<Contact> contacts(@PathVariable long id) {
        return customers.contacts(id, viewer());
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Contact addContact(@PathVariable long id, @Valid @RequestBody NewContact command) {
        return customers.addContact(id, command, viewer());
    }

    @GetMapping("/{id}/assets")
    List<Asset> assets(@PathVariable long id) {
        return customers.assets(id, viewer());
    }

    @PostMapping("/{id}/assets")
    @ResponseStatus(HttpStatus.CREATED)
    Asset addAsset(@PathVariable long id, @Valid @RequestBody NewAsset command) {
        return customers.addAsset(id, command, viewer());
    }

    private Viewer viewer() {
        return currentUser.viewer();
    }
}
