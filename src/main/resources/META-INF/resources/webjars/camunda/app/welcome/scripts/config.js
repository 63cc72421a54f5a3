// Relay CRM: replaces the webjar's app/welcome/scripts/config.js (Camunda 7.24, all options there are commented out).
export default {
  // the header and the browser tab read "Relay CRM Welcome"
  app: {
    name: 'Welcome',
    vendor: 'Relay CRM'
  },
  // shown on the Welcome page next to the Camunda apps; each report checks the signed-in user's roles
  links: [
    {
      label: 'Search records',
      href: '/records/search.html',
      description: 'Find a customer, contact, service request, lead or opportunity by number, name, phone or email'
    },
    {
      label: 'Reports',
      href: '/reports/index.html',
      description: 'Charts for managers: loyalty tiers and points, sales funnel, overdue loans'
    }
  ]
};
