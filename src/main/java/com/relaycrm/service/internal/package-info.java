/**
 * What the service module keeps to itself: repositories, properties, the triage decision tables, text limits, the
 * service desk's groups, the customer page part and the search provider.
 */
package com.relaycrm.service.internal;
