/**
 * Part of the sales module's API: other modules use these types (see ModularityTests).
 */
@org.springframework.modulith.NamedInterface("opportunity")
package com.relaycrm.sales.opportunity;
