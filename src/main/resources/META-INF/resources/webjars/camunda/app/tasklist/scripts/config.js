/*
 * SMR register: overrides the Camunda 7.24 webjar file of the same path (our classpath comes first).
 * Dutch is the only offered language: Camunda picks the browser language only when it is listed in
 * availableLocales, so listing "en" would give English to every English browser. Texts: ../locales/nl.json.
 * See README, "Tasklist, Cockpit en Admin in het Nederlands".
 */

export default {
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'D-M-YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'D MMMM YYYY'
  },
  // form-js-nl: Dutch form-js validation messages and date picker (flatpickr) in Camunda Forms;
  // ../smr/webapp-texts-nl: the few English texts hard-coded in Camunda's templates, lang="nl"
  customScripts: ['scripts/tasklist-smr', 'scripts/form-js-nl', '../smr/webapp-texts-nl'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de geselecteerde taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van een taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
