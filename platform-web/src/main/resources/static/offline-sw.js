/* OrePass service worker (issue 21, docs/offline.md): the inspection, incident and savings-meeting forms (issue 23),
   the offline page and the
   style sheet and script come from the cache when the network is gone. Network first: online, pages are always
   fresh. Only GET requests of this origin; a POST always goes to the network (the page keeps the record). */
'use strict';
var PAGES = 'orepass-pages';
var CACHED = [/^\/sites\/\d+\/inspections\/new$/, /^\/incidents\/new$/, /^\/savings-groups\/\d+\/meetings\/new$/,
  /^\/offline$/, /^\/css\//, /^\/js\//];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(PAGES).then(function (cache) {
    return cache.addAll(['/css/orepass.css', '/js/offline.js']);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  var cacheable = CACHED.some(function (pattern) { return pattern.test(url.pathname); });
  if (!cacheable) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (hit) {
      return hit || caches.match('/offline');
    });
  }));
});
