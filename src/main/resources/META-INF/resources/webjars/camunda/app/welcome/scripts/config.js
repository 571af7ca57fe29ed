/*
 * SMR register: overrides the Camunda 7.24 webjar file of the same path (our classpath comes first).
 * Dutch is the only offered language: Camunda picks the browser language only when it is listed in
 * availableLocales, so listing "en" would give English to every English browser. Texts: ../locales/nl.json.
 * See README, "Tasklist, Cockpit en Admin in het Nederlands".
 */

export default {
  app: {
    name: 'Welkom'
  },
  // the few English texts hard-coded in Camunda's templates, lang="nl"
  customScripts: ['../smr/webapp-texts-nl'],
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
  }
};
