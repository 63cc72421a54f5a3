/** The service module's REST API: service requests and the service report. Internal to the service module. */
package com.relaycrm.service.web;
