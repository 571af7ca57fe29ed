/*
 * SMR register: Dutch texts for Camunda Forms (form-js) in Tasklist 7.24.
 *
 * Loaded by Tasklist as a custom script (config.js, customScripts: ['scripts/form-js-nl']) before any form is shown.
 * Tasklist 7.24 bundles the form-js viewer and flatpickr 4.6.13 in lib/deps.js; neither takes a language from
 * Tasklist, and their English texts are hard-coded. This script therefore
 *
 *  1. makes the date format of form-js Dutch: form-js derives the date picker's input format and placeholder from
 *     `new Intl.DateTimeFormat('default')` (the browser language, e.g. mm/dd/yyyy in an en-US browser); only that
 *     'default' call is redirected to nl-NL, which gives d-m-yyyy input and a "dd-mm-jjjj" placeholder;
 *  2. gives every flatpickr date picker in a form the Dutch locale below (month and day names, week from Monday);
 *  3. translates the known English form-js texts (validation messages, list and table controls) in text nodes and
 *     in the placeholder / title / aria-label attributes inside a form, with a MutationObserver.
 *
 * The English texts are those of the shipped bundle; WebappLocaleTest fails when one of them no longer occurs in
 * lib/deps.js or has no entry here. The form labels themselves are Dutch already (forms/*.form).
 */

/** Exact English texts → Dutch. */
export const TEXTS = {
  'Field is required.': 'Dit veld is verplicht.',
  'Field must be a valid email.': 'Vul een geldig e-mailadres in.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31201234567).',
  'Value is not a number.': 'De waarde is geen getal.',
  'Value is expected to be an integer.': 'De waarde moet een geheel getal zijn.',
  'Date and time must both be entered.': 'Vul zowel de datum als de tijd in.',
  'Search': 'Zoeken',
  'Select': 'Kiezen',
  'Remove tag': 'Verwijderen',
  'No results': 'Geen resultaten',
  'All values selected': 'Alle waarden zijn gekozen',
  'Nothing to show.': 'Niets te tonen.',
  'No content to show.': 'Geen inhoud om te tonen.',
  'Previous page': 'Vorige pagina',
  'Next page': 'Volgende pagina',
  'Collapse': 'Inklappen',
  'Add new': 'Nieuw toevoegen',
  'Create new list item': 'Nieuw item toevoegen',
  'Delete item': 'Item verwijderen',
  'Toggle list item': 'Item in- of uitklappen',
  'Toggle section': 'Sectie in- of uitklappen',
  'Section contains an error': 'Deze sectie bevat een fout',
  'Section contains data': 'Deze sectie bevat gegevens',
  'Checked': 'Aangevinkt',
  'Not checked': 'Niet aangevinkt',
  'Clear content': 'Inhoud wissen',
  'Increment': 'Verhogen',
  'Decrement': 'Verlagen',
  'Click to remove sorting': 'Klik om de sortering op te heffen',
  "External content couldn't be loaded.": 'De externe inhoud kon niet worden geladen.',
  'This is an image placeholder': 'Hier komt een afbeelding',
  'Failed to render form': 'Het formulier kon niet worden getoond'
};

/** English texts with a variable part → Dutch ($1, $2 are the variable parts). */
export const PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, 'Dit veld moet minstens $1 tekens bevatten.'],
  [/^Field must have maximum length of (.+)\.$/, 'Dit veld mag hoogstens $1 tekens bevatten.'],
  [/^Field must have minimum value of (.+)\.$/, 'De waarde moet minstens $1 zijn.'],
  [/^Field must have maximum value of (.+)\.$/, 'De waarde mag hoogstens $1 zijn.'],
  [/^Field must match pattern (.+)\.$/, 'De invoer moet voldoen aan het patroon $1.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'De waarde mag hoogstens $1 decimalen hebben.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Kies een geldige waarde; de dichtstbijzijnde geldige waarden zijn $1 en $2.'],
  [/^Expand all \((\d+)\)$/, 'Alles uitklappen ($1)'],
  [/^List contains (\d+) items?$/, 'Lijst met $1 item(s)'],
  [/^Remove list item (\d+)$/, 'Item $1 verwijderen'],
  [/^Click to sort by (.+) ascending$/, 'Klik om oplopend te sorteren op $1'],
  [/^Click to sort by (.+) descending$/, 'Klik om aflopend te sorteren op $1'],
  // date and time placeholders derived from the (Dutch) date format: dd-mm-yyyy → dd-mm-jjjj, hh:mm → uu:mm
  [/^([dm]{2}[-/.][dm]{2}[-/.])yyyy$/, '$1jjjj'],
  [/^hh:mm$/, 'uu:mm']
];

/** flatpickr locale (structure of flatpickr's own l10n files). */
export const FLATPICKR_NL = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: function (n) { return n === 1 || n === 8 || n >= 20 ? 'ste' : 'de'; },
  rangeSeparator: ' t/m ',
  weekAbbreviation: 'wk',
  scrollTitle: 'Scroll om te wijzigen',
  toggleTitle: 'Klik om te wisselen',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true
};

/** The Dutch text for an English form-js text, or null when there is none. */
export function translate(text) {
  if (typeof text !== 'string') {
    return null;
  }
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(TEXTS, trimmed)) {
    return text.replace(trimmed, TEXTS[trimmed]);
  }
  for (const [pattern, dutch] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, dutch));
    }
  }
  return null;
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];
const FORM_ROOT = '.fjs-container';

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const dutch = translate(node.data);
    if (dutch !== null && dutch !== node.data) {
      node.data = dutch;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const element of [node, ...node.querySelectorAll('*')]) {
    for (const name of ATTRIBUTES) {
      const dutch = element.hasAttribute(name) ? translate(element.getAttribute(name)) : null;
      if (dutch !== null) {
        element.setAttribute(name, dutch);
      }
    }
    if (element._flatpickr && !element._flatpickr.smrDutch) {
      element._flatpickr.smrDutch = true;
      element._flatpickr.set({ locale: FLATPICKR_NL, ariaDateFormat: 'j F Y' });
    }
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateNode(text);
  }
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest(FORM_ROOT));
}

function useDutchDateFormat() {
  const Original = Intl.DateTimeFormat;
  if (Original.smrDutch) {
    return;
  }
  const Dutch = function DateTimeFormat(locales, options) {
    return new Original(locales === 'default' ? 'nl-NL' : locales, options);
  };
  Dutch.prototype = Original.prototype;
  Dutch.supportedLocalesOf = Original.supportedLocalesOf;
  Dutch.smrDutch = true;
  Intl.DateTimeFormat = Dutch;
}

function start() {
  useDutchDateFormat();
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.type === 'childList' ? null : mutation.target;
      if (target) {
        if (inForm(target)) {
          translateNode(target);
        }
      } else {
        mutation.addedNodes.forEach((added) => {
          if (inForm(added)) {
            translateNode(added);
          }
        });
      }
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
  document.querySelectorAll(FORM_ROOT).forEach(translateNode);
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  start();
}
