/*
 * SMR register: overrides the Camunda 7.24 webjar file of the same path (our classpath comes first).
 * Dutch is the only offered language: Camunda picks the browser language only when it is listed in
 * availableLocales, so listing "en" would give English to every English browser. Texts: ../locales/nl.json.
 * See README, "Tasklist, Cockpit en Admin in het Nederlands".
 */

export default {
  // the few English texts hard-coded in Camunda's templates, lang="nl"
  customScripts: ['../smr/webapp-texts-nl'],
  // Cockpit fixes its date formats in code; this module (defined in the script above) applies dateFormat below
  requireJsConfig: {
    ngDeps: ['smr.dateFormat']
  },
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'D-M-YYYY HH:mm:ss',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'D MMMM YYYY'
  }
};
