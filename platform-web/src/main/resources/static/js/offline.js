/* OrePass offline capture (issue 21, docs/offline.md). No framework. Pages work without it; with it, the
   inspection, incident and savings-meeting forms (form[data-offline]) keep each record in IndexedDB until the server took it. */
(function () {
  'use strict';
  var DB_NAME = 'orepass-offline';
  var RECORDS = 'records';
  var PAGES = 'orepass-pages';
  var texts = document.getElementById('offline-texts');
  var t = function (name) { return texts ? texts.getAttribute('data-' + name) || '' : ''; };
  var me = texts ? texts.getAttribute('data-user') : null;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(RECORDS, { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function store(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(RECORDS, mode);
        var request = work(tx.objectStore(RECORDS));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  var put = function (record) { return store('readwrite', function (s) { return s.put(record); }); };
  var remove = function (key) { return store('readwrite', function (s) { return s.delete(key); }); };
  var all = function () { return store('readonly', function (s) { return s.getAll(); }); };

  function newKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  /* A fresh CSRF token for this session, or null when the session is gone (the server answers 401). */
  function session() {
    return fetch('/offline/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok || response.redirected) { return null; }
        return response.json();
      });
  }

  /* Sends one record. Outcome: sent (the page it led to), signin, conflict (the server's page), or waiting. */
  function send(record, token) {
    var body = new URLSearchParams(record.body);
    if (token) { body.set(token.parameter, token.csrf); }
    return fetch(record.action, {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'Idempotency-Key': record.key }
    }).then(function (response) {
      if (response.redirected && new URL(response.url).pathname === '/login') { return { type: 'signin' }; }
      if (response.redirected && response.ok) { return { type: 'sent', url: response.url }; }
      if (response.status === 403) { return { type: 'signin' }; }
      if (response.ok) {
        return response.text().then(function (html) { return { type: 'conflict', html: html, reason: reason(html) }; });
      }
      if (response.status === 409 && (record.tries || 0) < 3) {
        // The same record is being stored by another send (another tab, a page that went away): ask again.
        record.tries = (record.tries || 0) + 1;
        return new Promise(function (wait) { setTimeout(wait, 1500); }).then(function () { return send(record, token); });
      }
      return { type: 'waiting' };
    }, function () { return { type: 'waiting' }; });
  }

  /* Why the server gave the form back: its error summary (a rule broken, a change made meanwhile), in words. */
  function reason(html) {
    try {
      var page = new DOMParser().parseFromString(html, 'text/html');
      var items = page.querySelectorAll('.error-summary li');
      return Array.prototype.map.call(items, function (item) { return item.textContent.trim(); }).join(' ');
    } catch (e) { return ''; }
  }

  /* Sends every record of this user kept on the phone; returns how many went. */
  function sync() {
    if (!me) { return Promise.resolve(0); }
    return all().then(function (records) {
      var mine = records.filter(function (r) { return r.user === me && r.state !== 'conflict'; });
      if (!mine.length) { return 0; }
      return session().then(function (token) {
        if (!token) {
          return Promise.all(mine.map(function (r) { r.state = 'signin'; return put(r); })).then(function () { return 0; });
        }
        var sent = 0;
        return mine.reduce(function (chain, record) {
          return chain.then(function () {
            return send(record, token).then(function (outcome) {
              if (outcome.type === 'sent') { sent++; return remove(record.key); }
              record.state = outcome.type;
              if (outcome.html) { record.html = outcome.html; record.reason = outcome.reason; }
              return put(record);
            });
          });
        }, Promise.resolve()).then(function () { return sent; });
      }, function () { return 0; });
    }).then(function (sent) { render(); return sent; });
  }

  function notice(text) {
    var main = document.getElementById('main');
    var p = document.createElement('p');
    p.className = 'notice offline-notice';
    p.setAttribute('role', 'status');
    p.textContent = text;
    main.insertBefore(p, main.firstChild);
    window.scrollTo(0, 0);
  }

  function showPage(html) {
    document.open();
    document.write(html);
    document.close();
  }

  function enhance(form) {
    var field = form.querySelector('input[name=idempotencyKey]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'idempotencyKey';
      form.appendChild(field);
    }
    var replaces = sessionStorage.getItem('orepass-offline-reopened');
    if (replaces) { sessionStorage.removeItem('orepass-offline-reopened'); }
    field.value = replaces || newKey();
    form.addEventListener('submit', function (event) {
      if (event.submitter && event.submitter.name) { return; } // "Find site" and the like: an ordinary request
      event.preventDefault();
      var record = {
        key: field.value, user: me, action: form.action, body: new URLSearchParams(new FormData(form)).toString(),
        title: document.title, savedAt: new Date().toISOString(), state: 'waiting'
      };
      // Kept first; then, with a connection and a session, the form goes as it would without this script (the
      // server's page, its messages and its problems as online) and the copy is dropped. Otherwise it stays.
      put(record).then(session).then(function (token) {
        if (!token) { return 'signin'; }
        return remove(record.key).then(function () { form.submit(); return 'sent'; });
      }, function () { return 'waiting'; }).then(function (state) {
        if (state === 'sent') { return null; }
        record.state = state;
        field.value = newKey();
        return put(record).then(function () { notice(t(state === 'signin' ? 'signin' : 'saved')); });
      });
    });
  }

  function render() {
    var list = document.getElementById('offline-records');
    if (!list || !me) { return; }
    all().then(function (records) {
      var mine = records.filter(function (r) { return r.user === me; });
      list.textContent = '';
      document.getElementById('offline-empty').hidden = mine.length > 0;
      mine.forEach(function (record) {
        var item = document.createElement('li');
        item.className = 'offline-record offline-' + record.state;
        var line = document.createElement('p');
        line.textContent = record.title + ' · ' + new Date(record.savedAt).toLocaleString() + ' · '
          + (record.state === 'conflict' && record.reason ? t('refused') + ' ' + record.reason : t(record.state));
        item.appendChild(line);
        if (record.state === 'conflict') {
          var open = document.createElement('button');
          open.type = 'button';
          open.className = 'secondary';
          open.textContent = t('open');
          open.addEventListener('click', function () {
            sessionStorage.setItem('orepass-offline-reopened', record.key);
            remove(record.key).then(function () { showPage(record.html); });
          });
          item.appendChild(open);
        }
        list.appendChild(item);
      });
    });
  }

  /* The site pack's forms (inspectors, monitors), none for a group's recorder. */
  function packPages() {
    if (texts.getAttribute('data-pack') !== 'true') { return Promise.resolve(['/offline']); }
    return fetch('/offline/pack.json', { credentials: 'same-origin' }).then(function (response) { return response.json(); })
      .then(function (pack) {
        var pages = ['/offline', '/incidents/new'];
        var inspector = texts.getAttribute('data-inspector') === 'true';
        pack.sites.slice(0, 200).forEach(function (site) {
          if (inspector) { pages.push('/sites/' + site.id + '/inspections/new'); }
          pages.push('/incidents/new?site=' + site.id);
        });
        return pages;
      });
  }

  function prepare(button) {
    button.disabled = true;
    packPages().then(function (pages) {
        // The other forms this page offers (a savings group's meeting form, issue 23).
        Array.prototype.forEach.call(document.querySelectorAll('a[data-offline-page]'), function (link) {
          pages.push(link.getAttribute('href'));
        });
        return caches.open(PAGES).then(function (cache) {
          return pages.reduce(function (chain, page) {
            return chain.then(function () { return cache.add(page).catch(function () { return null; }); });
          }, Promise.resolve()).then(function () { return pages.length; });
        });
      }).then(function () { notice(t('ready')); button.disabled = false; },
        function () { notice(t('not-ready')); button.disabled = false; });
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/offline-sw.js', { scope: '/' }).catch(function () { return null; });
  }
  if (!('indexedDB' in window) || !me) { return; }
  Array.prototype.forEach.call(document.querySelectorAll('form[data-offline]'), enhance);
  var prepareButton = document.getElementById('offline-prepare');
  if (prepareButton) {
    prepareButton.hidden = false;
    prepareButton.addEventListener('click', function () { prepare(prepareButton); });
  }
  var sendButton = document.getElementById('offline-send');
  if (sendButton) {
    sendButton.hidden = false;
    sendButton.addEventListener('click', function () { sync(); });
  }
  window.addEventListener('online', function () { sync(); });
  if (navigator.onLine) { sync(); } else { render(); }
  window.orepassOffline = { sync: sync, all: all };
}());
