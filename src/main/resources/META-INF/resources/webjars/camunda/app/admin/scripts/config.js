// Relay CRM: replaces the webjar's app/admin/scripts/config.js (Camunda 7.24, all options there are commented out).
export default {
  // the header and the browser tab read "Relay CRM Admin"
  app: {
    name: 'Admin',
    vendor: 'Relay CRM'
  }
};
