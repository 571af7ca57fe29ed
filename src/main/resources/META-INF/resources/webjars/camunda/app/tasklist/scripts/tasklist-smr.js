/*
 * SMR register: two behaviours of Tasklist 7.24 that its configuration does not offer.
 *
 *  1. Document links in a task form (links to the application's /api/ documents) open in a new tab, so Tasklist
 *     stays where it is, and they can be opened before the task is claimed: an unclaimed task's form is disabled
 *     and form-js then ignores clicks inside it, so the link is opened from here.
 *  2. Task lists are sorted by due date, earliest first, unless the person chose another order: Tasklist's own
 *     default is "created, newest first", and a filter's own ordering is not used for the list.
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

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  openDocumentsInNewTab();
  sortByDueDate();
}

export default {};
