// The Contacts tab: searches the regional MOC contacts through GET /api/contacts. Inside Teams it follows the
// Teams theme and locale (app.getContext); anywhere else it runs as a plain page. Data is only ever put on the
// page with textContent / attributes, never as HTML.
(function () {
  'use strict';

  var TEAMS_TIMEOUT_MS = 1500;
  var state = { locale: 'en', strings: null, inTeams: false };

  /** Resolves with the promise's value, or with `fallback` after `ms` (a promise that never settles cannot hang the page). */
  function within(promise, ms, fallback) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () {
        resolve(fallback);
      }, ms);
      Promise.resolve(promise).then(
        function (value) {
          clearTimeout(timer);
          resolve(value);
        },
        function () {
          clearTimeout(timer);
          resolve(fallback);
        },
      );
    });
  }

  /** Loads the installed @microsoft/teams-js (served by this server) only when the page may be in Teams. */
  function loadTeamsJs() {
    return new Promise(function (resolve) {
      var script = document.createElement('script');
      script.src = '/tab/teams-js.js';
      script.onload = function () {
        resolve(window.microsoftTeams || null);
      };
      script.onerror = function () {
        resolve(null);
      };
      document.head.appendChild(script);
    });
  }

  /** Teams' context if app.initialize() answers in time; otherwise null (a plain browser). */
  function detectTeams() {
    // Teams hosts a tab in a frame (web, desktop) or in its own web view (mobile: "Teams/" in the user agent).
    // A top-level page anywhere else is a plain browser: teams-js is not even loaded (it fetches its host list).
    if (window.parent === window && !/\bTeams\//.test(navigator.userAgent)) return Promise.resolve(null);
    return within(loadTeamsJs(), TEAMS_TIMEOUT_MS, null).then(function (teams) {
      if (!teams || !teams.app) return null;
      // Outside Teams, initialize() can wait ~60 s in a foreign frame: race it.
      return within(
        teams.app.initialize().then(function () {
          return true;
        }),
        TEAMS_TIMEOUT_MS,
        false,
      ).then(function (ok) {
        return ok ? within(teams.app.getContext(), TEAMS_TIMEOUT_MS, null) : null;
      });
    });
  }

  function pickLocale(candidate) {
    return /^ja\b/i.test(candidate || '') ? 'ja' : 'en';
  }

  function applyTheme(theme) {
    document.body.setAttribute('data-theme', theme === 'dark' || theme === 'contrast' ? theme : 'default');
  }

  function s(key, params) {
    var text = (state.strings && state.strings[state.locale] && state.strings[state.locale][key]) || key;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && name in params ? String(params[name]) : whole;
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function applyStrings() {
    document.documentElement.lang = state.locale;
    document.title = s('title');
    document.getElementById('title').textContent = s('title');
    document.getElementById('intro').textContent = s('intro');
    document.getElementById('query-label').textContent = s('searchLabel');
    document.getElementById('query').setAttribute('placeholder', s('placeholder'));
    document.getElementById('submit').textContent = s('search');
    document.getElementById('mode').textContent = state.inTeams ? s('modeTeams') : s('modeBrowser');
  }

  function renderRow(row) {
    var badge = el('span', {
      class: 'badge ' + (!row.openNowCertain ? 'uncertain' : row.openNow ? 'open' : 'closed'),
      text: !row.openNowCertain ? s('maybeOpen') : row.openNow ? s('openNow') : s('closedNow'),
    });
    var facts = el('dl');
    function fact(label, valueNode) {
      facts.appendChild(el('dt', { text: label }));
      facts.appendChild(el('dd', {}, [valueNode]));
    }
    var phones = el('ul', { class: 'phones' });
    row.phones.forEach(function (p) {
      // Only a number libphonenumber finds dialable becomes a tel: link; any other is shown as printed, with its note.
      var item = el('li', { 'data-language': p.language || '', 'data-dialable': String(p.dialable) });
      if (p.languageName) item.appendChild(document.createTextNode(p.languageName + ': '));
      if (p.dialable && p.telUri) item.appendChild(el('a', { href: p.telUri, text: p.text }));
      else item.appendChild(el('span', { class: 'doubtful', text: p.text }));
      phones.appendChild(item);
    });
    fact(s('phones'), phones);
    if (row.email) fact(s('email'), el('a', { href: 'mailto:' + row.email, text: row.email }));
    if (row.requestUrl && /^https:\/\//.test(row.requestUrl)) {
      fact(
        s('requestForm'),
        el('a', {
          href: row.requestUrl,
          target: '_blank',
          rel: 'noopener noreferrer',
          text: row.requestUrl.replace(/^https:\/\//, '').slice(0, 60) + '…',
        }),
      );
    }
    var hours = el('ul', { class: 'hours' });
    row.hours.forEach(function (h) {
      var text =
        (h.languageName ? h.languageName + ': ' : '') +
        h.daysText +
        ' ' +
        h.open +
        '–' +
        h.close +
        ' (' +
        h.timeZone +
        '). ' +
        h.statusText;
      hours.appendChild(el('li', { 'data-open': String(h.openNow), text: text }));
    });
    if (row.noHours) hours.appendChild(el('li', { text: row.noHours }));
    fact(s('hours'), hours);
    var card = el('article', { class: 'contact', 'data-row-id': row.id }, [
      el('h2', {}, [el('span', { class: 'name', text: row.name }), badge]),
      facts,
    ]);
    if (row.formFirst) card.insertBefore(el('p', { class: 'form-first', text: row.formFirst }), facts);
    if (row.notes) card.appendChild(el('p', { class: 'small', text: s('notes') + ': ' + row.notes }));
    (row.seedNotes || []).forEach(function (note) {
      card.appendChild(el('p', { class: 'small seed-note', text: s('seedNotes') + ': ' + note }));
    });
    var caveats = [];
    row.hours.forEach(function (h) {
      if (h.zoneCaveat && caveats.indexOf(h.zoneCaveat) === -1) caveats.push(h.zoneCaveat);
    });
    caveats.forEach(function (caveat) {
      card.appendChild(el('p', { class: 'small zone-caveat', text: caveat }));
    });
    if (row.hoursInterpretation)
      card.appendChild(el('p', { class: 'small', text: s('hoursReading') + ': ' + row.hoursInterpretation }));
    return card;
  }

  function search(query) {
    var status = document.getElementById('status');
    var results = document.getElementById('results');
    results.replaceChildren();
    status.textContent = s('searching');
    var tz;
    try {
      tz = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch {
      tz = '';
    }
    var url =
      '/api/contacts?q=' + encodeURIComponent(query) + '&locale=' + state.locale + '&tz=' + encodeURIComponent(tz);
    return fetch(url, { headers: { accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          return { ok: response.ok, body: body };
        });
      })
      .then(function (answer) {
        if (!answer.ok) throw new Error(answer.body && answer.body.error ? answer.body.error : 'HTTP error');
        var body = answer.body;
        status.setAttribute('data-status', body.status);
        if (body.status === 'none') status.textContent = s('none', { query: body.query });
        else status.textContent = s(body.status === 'ambiguous' ? 'ambiguous' : 'matched', { query: body.query });
        body.rows.forEach(function (row) {
          results.appendChild(renderRow(row));
        });
      })
      .catch(function (error) {
        status.setAttribute('data-status', 'error');
        status.textContent = s('error', { message: error.message });
      });
  }

  function start(context) {
    var params = new URLSearchParams(location.search);
    state.inTeams = Boolean(context);
    if (context && context.app) {
      state.locale = pickLocale(context.app.locale);
      applyTheme(context.app.theme);
      try {
        window.microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
      } catch {
        /* older hosts */
      }
      try {
        window.microsoftTeams.app.notifySuccess();
      } catch {
        /* not needed by every host */
      }
    } else {
      state.locale = pickLocale(params.get('locale') || navigator.language);
      applyTheme(
        params.get('theme') ||
          (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default'),
      );
    }
    applyStrings();
    document.getElementById('search').addEventListener('submit', function (event) {
      event.preventDefault();
      var query = document.getElementById('query').value.trim();
      if (query) search(query);
    });
    document.body.setAttribute('data-ready', 'true');
    var initial = params.get('q');
    if (initial) {
      document.getElementById('query').value = initial;
      search(initial);
    }
  }

  var stringsLoaded = fetch('/tab/strings.json')
    .then(function (r) {
      return r.json();
    })
    .then(function (strings) {
      state.strings = strings;
    });
  Promise.all([detectTeams(), stringsLoaded]).then(
    function (results) {
      start(results[0]);
    },
    function () {
      start(null);
    },
  );
})();
