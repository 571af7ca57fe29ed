/*
 * SMR register: two behaviours of Tasklist 7.24 that its configuration does not offer.
 *
 *  1. Document links in a task form (links to the application's /api/ documents) open in a new tab, so Tasklist
 *     stays where it is, and they can be opened before the task is claimed: an unclaimed task's form is disabled
 *     and form-js then ignores clicks inside it, so the link is opened from here.
 *  2. Task lists are sorted by due date, earliest first, unless the person chose another order: Tasklist's own
 *     default is "created, newest first", and a filter's own ordering is not used for the list.
 *  3. A form with a dynamic list (the assessment: one judgement per requirement) can be completed. form-js keeps an
 *     entry for every field of a list row in its error state even when the field has no error ({id: []}), and
 *     Tasklist 7.24 disables "Voltooien" whenever that state has any key. Completing still runs form-js's own full
 *     validation (required fields show "Dit veld is verplicht." at the field) and the server's rules, so the
 *     button is simply kept enabled for such forms.
 *
 * Registered in config.js (customScripts); WebappLocaleTest checks that it is registered, the browser suite that
 * document links open in a new tab.
 */

/** Is this a link to a document of the register (the forms' document lists)? */
export function isDocumentLink(href) {
  return typeof href === 'string' && /\/api\/(documents|registrations|transition-cases|extra-modules)\//.test(href);
}

/** The hash with due-date sorting added when the person has not chosen an order. */
export function withDueDateSorting(hash) {
  if (!hash || hash.indexOf('sorting=') !== -1) {
    return null;
  }
  const sorting = 'sorting=' + encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));
  if (hash === '#/' || hash === '#') {
    return '#/?' + sorting;
  }
  return hash + (hash.indexOf('?') === -1 ? '?' : '&') + sorting;
}

function openDocumentsInNewTab() {
  document.addEventListener('click', (event) => {
    const link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || !link.closest('.fjs-container') || !isDocumentLink(link.getAttribute('href'))) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    window.open(link.href, '_blank', 'noopener');
  }, true);
  new MutationObserver(() => {
    document.querySelectorAll('.fjs-container a[href]').forEach((link) => {
      if (isDocumentLink(link.getAttribute('href')) && link.target !== '_blank') {
        link.target = '_blank';
        link.rel = 'noopener';
        link.title = 'Opent in een nieuw tabblad';
      }
    });
  }).observe(document.documentElement, {childList: true, subtree: true});
}

function sortByDueDate() {
  const apply = () => {
    const hash = withDueDateSorting(window.location.hash);
    if (hash && !window.location.pathname.endsWith('/login')) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
  };
  apply();
  window.addEventListener('hashchange', () => {
    // only the task list's own start page; a person's chosen sorting stays in the hash and is left alone
    if (/^#\/(\?|$)/.test(window.location.hash)) {
      apply();
    }
  });
}

/** The scope that owns Tasklist's "$invalid" for the complete button, or null. */
function formScope(button) {
  const angular = window.angular;
  if (!angular || !button) {
    return null;
  }
  let scope = angular.element(button).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, '$invalid')) {
    scope = scope.$parent;
  }
  return scope;
}

function keepDynamicListFormsCompletable() {
  const release = () => {
    if (!document.querySelector('.fjs-container .fjs-form-field-dynamiclist')) {
      return;
    }
    document.querySelectorAll('button.btn-primary').forEach((button) => {
      const scope = formScope(button);
      if (scope && scope.$invalid && typeof scope.disableCompleteButton === 'function') {
        scope.$invalid = false;
        scope.$applyAsync();
      }
    });
  };
  // form-js applies typed text after a short debounce, so look again a little later too
  const soon = () => [0, 400, 1000].forEach((delay) => setTimeout(release, delay));
  ['input', 'change', 'click', 'keyup'].forEach((type) => document.addEventListener(type, soon, true));
  new MutationObserver(soon).observe(document.documentElement,
      {childList: true, subtree: true, attributes: true, attributeFilter: ['disabled']});
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  openDocumentsInNewTab();
  sortByDueDate();
  keepDynamicListFormsCompletable();
}

export default {};
