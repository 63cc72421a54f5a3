// Relay CRM: replaces the webjar's app/cockpit/scripts/config.js (Camunda 7.24, all options there are commented out).
export default {
  // the header and the browser tab read "Relay CRM Cockpit"
  app: {
    name: 'Cockpit',
    vendor: 'Relay CRM'
  }
};
