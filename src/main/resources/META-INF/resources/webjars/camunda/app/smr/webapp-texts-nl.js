/*
 * SMR register: Dutch for the few English texts that Camunda 7.24 hard-codes in its webapp templates instead of
 * taking them from locales/<lang>.json, and lang="nl" on the page (index.html says lang="en").
 *
 * Loaded as a custom script by all four apps (scripts/config.js: customScripts: ['../smr/webapp-texts-nl']).
 * It also defines the AngularJS module 'smr.dateFormat' for Cockpit, which sets its date formats in code
 * (ISO, YYYY-MM-DDTHH:mm:ss) instead of reading config.js: Cockpit's config.js lists the module in
 * requireJsConfig.ngDeps, so its config block runs after Cockpit's and applies the dateFormat of config.js.
 * A MutationObserver replaces a text node only when its whole (trimmed) text is one of the English texts below,
 * so data shown in the apps is never touched. WebappLocaleTest checks that each text still occurs in the bundles.
 */

/** Hard-coded English texts of the 7.24 templates → Dutch. */
export const TEXTS = {
  // variables table (Cockpit, Tasklist, Admin, Welcome): header of the edit/delete column, binary value link
  'Actions': 'Acties',
  'Download': 'Downloaden',
  // Cockpit: incident without message, diagram placeholder, date check in the job definition dialogs
  'Message is null.': 'Geen melding.',
  'Loading diagram': 'Diagram wordt geladen',
  'Invalid Date Value.': 'Ongeldige datum.',
  // Admin: execution metrics
  'Select all': 'Alles selecteren',
  'Unselect all': 'Niets selecteren'
};

/**
 * English resource names that Cockpit puts into translated notifications ("Geen {{resourceName}} met ID ..."):
 * replaced inside the notifications panel only.
 */
export const RESOURCE_NAMES = {
  'process definition': 'procesdefinitie',
  'decision definition': 'beslissingsdefinitie',
  'decision instance': 'beslissingsinstantie'
};

const NOTIFICATIONS = '[notifications-panel]';

function translateText(node) {
  const trimmed = node.data.trim();
  if (trimmed && Object.prototype.hasOwnProperty.call(TEXTS, trimmed)) {
    node.data = node.data.replace(trimmed, TEXTS[trimmed]);
  } else if (trimmed && node.parentElement && node.parentElement.closest(NOTIFICATIONS)) {
    let text = node.data;
    for (const [english, dutch] of Object.entries(RESOURCE_NAMES)) {
      text = text.split(english).join(dutch);
    }
    if (text !== node.data) {
      node.data = text;
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
  } else if (root.nodeType === Node.ELEMENT_NODE) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  }
}

if (typeof window !== 'undefined' && window.angular) {
  window.angular.module('smr.dateFormat', []).config(['camDateFormatProvider', function (camDateFormat) {
    const conf = window.camCockpitConf || {};
    Object.keys(conf.dateFormat || {}).forEach((name) => camDateFormat.setDateFormat(conf.dateFormat[name], name));
  }]);
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  document.documentElement.lang = 'nl';
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateTree);
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  translateTree(document.body);
}
