// Relay CRM: replaces the webjar's app/tasklist/scripts/config.js (Camunda 7.24), so it keeps the webjar's
// default keyboard shortcuts and changes the name and the locales, and adds our two custom scripts.
export default {
  // imported by Tasklist as ES modules from app/tasklist/ (see each script):
  // - relay-form-texts: form-js's validation messages in Chinese for a Chinese Tasklist, only the newest submit
  //   error shown, date pickers in the Tasklist's language;
  // - dynamic-list-complete: Tasklist 7.24 keeps "Complete" disabled after a dynamic list's row is edited
  customScripts: ['scripts/relay-form-texts', 'scripts/dynamic-list-complete.js'],

  // the header and the browser tab read "Relay CRM Tasklist"
  app: {
    name: 'Tasklist',
    vendor: 'Relay CRM'
  },
  // chosen by the browser's language; Tasklist compares only its first part ("zh" of zh-CN, zh-Hans, ...),
  // so Simplified Chinese is the locale "zh" (locales/zh.json)
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },

  // unchanged from the webjar's config.js
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
