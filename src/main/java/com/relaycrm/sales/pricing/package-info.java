/**
 * Part of the sales module's API: other modules use these types (see ModularityTests).
 */
@org.springframework.modulith.NamedInterface("pricing")
package com.relaycrm.sales.pricing;
