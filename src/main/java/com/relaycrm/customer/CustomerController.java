package com.relaycrm.customer;

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

    CustomerController(CustomerService customers, CurrentUser currentUser) {
        this.customers = customers;
        this.currentUser = currentUser;
    }

    @GetMapping
    ResponseEntity<List<Customer>> list(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(customers.visibleTo(viewer(), Paging.of(page, size)));
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
