package com.relaycrm.sales.capacity;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales managers' settings of their reps (资源池上限): who takes leads for which department and region, and how many
 * leads, opportunities and customers each may hold (their own maximum, or the default of relay.sales.capacity).
 */
@Service
@Transactional
public class SalesReps {

    static final String[] MANAGERS = {Groups.ADMIN, Groups.SALES_MANAGER};

    private final CapacityService capacity;
    private final OrganisationService organisation;

    SalesReps(CapacityService capacity, OrganisationService organisation) {
        this.capacity = capacity;
        this.organisation = organisation;
    }

    /** A rep's department and region for lead assignment: a sales user and departments/regions that exist. */
    public void register(String userId, String departmentCode, String regionCode, Viewer viewer) {
        viewer.requireAny("register sales reps", MANAGERS);
        organisation.requireMember("userId", userId, Groups.SALES);
        if (departmentCode == null || !organisation.departmentExists(departmentCode)) {
            throw new InvalidInputException("departmentCode", "no department " + departmentCode);
        }
        if (regionCode != null && !organisation.regionExists(regionCode)) {
            throw new InvalidInputException("regionCode", "no region " + regionCode);
        }
        capacity.registerRep(userId, departmentCode, regionCode);
    }

    /** Sets the rep's own maximum for a resource type; null goes back to the default. */
    public Holding setMaximum(String userId, ResourceType type, Integer maximum, Viewer viewer) {
        viewer.requireAny("set sales reps' maximums", MANAGERS);
        organisation.requireMember("userId", userId, Groups.SALES);
        capacity.setMaximum(userId, type, maximum);
        return capacity.holding(userId, type);
    }

    /** What the rep holds and may hold, per resource type: managers, or the rep themselves. */
    @Transactional(readOnly = true)
    public List<Holding> holdings(String userId, Viewer viewer) {
        if (!viewer.userId().equals(userId)) {
            viewer.requireAny("see other reps' holdings", MANAGERS);
        }
        return Arrays.stream(ResourceType.values()).map(type -> capacity.holding(userId, type)).toList();
    }
}
