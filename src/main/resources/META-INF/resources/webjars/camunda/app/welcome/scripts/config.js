// Relay CRM: replaces the webjar's app/welcome/scripts/config.js (Camunda 7.24, all options there are commented out).
export default {
  // the header and the browser tab read "Relay CRM Welcome"
  app: {
    name: 'Welcome',
    vendor: 'Relay CRM'
  }
};
