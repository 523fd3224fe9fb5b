// The service worker of "Save for offline" (offline/views.py). It answers from the
// saved copy only when the network does not answer, and keeps each saved copy up to
// date whenever the page is fetched again. Nothing is saved unless the reader asks.
"use strict";

var CACHE = {{ cache_name|safe }};
// Each language's list of saved pages, shown offline for a page that was not saved.
var LISTS = {{ lists|safe }};
var PUBLIC = /^\/(?:[a-z]{2}\/|static\/)/;
var MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function listFor(path) {
  var language = path.split("/")[1];
  return LISTS[language] || LISTS[Object.keys(LISTS)[0]];
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !PUBLIC.test(url.pathname)) {
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(function (cache) {
      return fetch(request).then(
        function (response) {
          // Only the address that was saved: an answer to a query (a form's result,
          // a filter) never replaces the saved copy.
          if (response.ok && !url.search) {
            var copy = response.clone();
            event.waitUntil(
              cache.match(request, MATCH).then(function (saved) {
                return saved && cache.put(url.pathname, copy);
              })
            );
          }
          return response;
        },
        function () {
          return cache.match(request, MATCH).then(function (saved) {
            if (saved) {
              return saved;
            }
            if (request.mode === "navigate") {
              return cache.match(listFor(url.pathname), MATCH).then(function (list) {
                return list || Response.error();
              });
            }
            return Response.error();
          });
        }
      );
    })
  );
});
