// The web chat page: Web Chat (served from this server) over Direct Line 3.0, polling, no CDN.
// Language follows the browser and can be switched; a refresh reconnects to the same conversation.
(function () {
  'use strict';

  var STORAGE_KEY = 'triage.webchat.v1';
  var TEXTS = {
    en: {
      title: 'Support triage',
      toggle: '日本語',
      toggleLabel: '日本語に切り替える (switch to Japanese)',
      command: 'English',
      connecting: 'Connecting…',
      unavailable: 'The chat is not available right now. Please reload the page in a moment.',
    },
    ja: {
      title: 'サポート受付',
      toggle: 'English',
      toggleLabel: 'Switch to English (英語に切り替える)',
      command: '日本語',
      connecting: '接続しています…',
      unavailable: '現在チャットを利用できません。しばらくしてからページを再読み込みしてください。',
    },
  };
  var WEB_CHAT_LOCALE = { en: 'en-US', ja: 'ja-JP' };

  var host = document.getElementById('webchat');
  var title = document.getElementById('title');
  var toggle = document.getElementById('language');
  var status = document.getElementById('status');

  function browserLocale() {
    var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return /^ja\b/i.test(preferred) ? 'ja' : 'en';
  }

  function load() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  function save(session) {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Private mode or full storage: the chat still works, a refresh just starts a new one.
    }
  }

  function absolute(domain) {
    return new URL(domain, location.href).href.replace(/\/+$/, '');
  }

  function showStatus(text) {
    status.textContent = text || '';
  }

  function showTexts(locale) {
    var texts = TEXTS[locale];
    document.documentElement.lang = locale;
    document.title = texts.title;
    title.textContent = texts.title;
    toggle.textContent = texts.toggle;
    toggle.setAttribute('aria-label', texts.toggleLabel);
  }

  // A new conversation: the server hands out a Direct Line token (local, or from Azure with the secret kept there).
  function startConversation(locale) {
    return fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: WEB_CHAT_LOCALE[locale] }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('token route answered ' + response.status);
        return response.json();
      })
      .then(function (grant) {
        return {
          conversationId: grant.conversationId,
          token: grant.token,
          userId: grant.userId,
          domain: absolute(grant.domain),
          locale: locale,
        };
      });
  }

  // The conversation of the last visit, if its token still opens it (Direct Line 3.0 reconnect gives a fresh token).
  function resumeConversation(saved) {
    var url = saved.domain + '/conversations/' + encodeURIComponent(saved.conversationId) + '?watermark=';
    return fetch(url, { headers: { authorization: 'Bearer ' + saved.token } }).then(
      function (response) {
        if (!response.ok) return null;
        return response.json().then(function (body) {
          saved.token = body.token || saved.token;
          return saved;
        });
      },
      function () {
        return null;
      },
    );
  }

  function run(session) {
    var locale = session.locale;
    var directLine = window.WebChat.createDirectLine({
      domain: session.domain,
      token: session.token,
      conversationId: session.conversationId,
      webSocket: false,
    });
    var store = window.WebChat.createStore();

    function render() {
      showTexts(locale);
      toggle.hidden = false;
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: store,
          userID: session.userId,
          locale: WEB_CHAT_LOCALE[locale],
          styleOptions: {
            hideUploadButton: true,
            rootHeight: '100%',
            botAvatarInitials: 'BOT',
            userAvatarInitials: locale === 'ja' ? '自分' : 'You',
          },
        },
        host,
      );
    }

    function remember() {
      // Web Chat refreshes the token as it goes; keep the newest one for the next reload.
      save({
        conversationId: session.conversationId,
        token: directLine.token || session.token,
        userId: session.userId,
        domain: session.domain,
        locale: locale,
      });
    }

    toggle.addEventListener('click', function () {
      locale = locale === 'ja' ? 'en' : 'ja';
      render();
      remember();
      // The bot understands "English" / "日本語" at any point and continues in that language.
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: TEXTS[locale].command } });
    });
    window.addEventListener('pagehide', remember);
    remember();
    render();
    showStatus('');
  }

  function boot() {
    var saved = load();
    var locale = (saved && TEXTS[saved.locale] && saved.locale) || browserLocale();
    showTexts(locale);
    showStatus(TEXTS[locale].connecting);
    var session = saved ? resumeConversation(saved) : Promise.resolve(null);
    session
      .then(function (resumed) {
        return resumed || startConversation(locale);
      })
      .then(run)
      .catch(function () {
        showStatus(TEXTS[locale].unavailable);
      });
  }

  boot();
})();
