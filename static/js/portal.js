// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // On narrow screens, fold the main menu behind a button.
  function enhanceMenu() {
    var button = document.querySelector(".menu-toggle");
    var header = document.querySelector(".site-header");
    if (!button || !header || !document.getElementById(button.getAttribute("aria-controls"))) {
      return;
    }
    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("js-menu-closed", !open);
    }
    button.hidden = false;
    setOpen(false);
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
  }

  // The language menu closes with Escape, giving focus back to its button, and when
  // the reader clicks elsewhere.
  function enhanceLanguageMenu() {
    var menu = document.querySelector(".language-switcher");
    if (!menu) {
      return;
    }
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) {
        menu.open = false;
      }
    });
  }

  // A print button, and every folded section opened for printing.
  function enhancePrinting() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details:not([open])").forEach(function (details) {
        details.setAttribute("open", "");
        details.setAttribute("data-opened-for-print", "");
      });
    });
    window.addEventListener("afterprint", function () {
      document.querySelectorAll("[data-opened-for-print]").forEach(function (details) {
        details.removeAttribute("open");
        details.removeAttribute("data-opened-for-print");
      });
    });
  }

  // Step by step: one button to show or hide every step.
  function enhanceSteps() {
    document.querySelectorAll("[data-step-by-step]").forEach(function (section) {
      var steps = section.querySelectorAll("details");
      var button = section.querySelector("[data-toggle-steps]");
      if (!button || !steps.length) {
        return;
      }
      function allOpen() {
        return Array.prototype.every.call(steps, function (step) {
          return step.open;
        });
      }
      function update() {
        var open = allOpen();
        button.setAttribute("aria-expanded", open ? "true" : "false");
        button.textContent = open ? button.dataset.hideLabel : button.dataset.showLabel;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        var open = !allOpen();
        steps.forEach(function (step) {
          step.open = open;
        });
        update();
      });
      steps.forEach(function (step) {
        step.addEventListener("toggle", update);
      });
      update();
    });
  }

  // Move focus to a form's error summary so screen readers announce it.
  function focusErrors() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  }

  // Listen: the browser reads the text aloud with a voice of its own for the page's
  // language; nothing leaves the browser. Offered only where there is such a voice.
  function enhanceListening() {
    var button = document.querySelector("[data-listen]");
    var synth = window.speechSynthesis;
    if (!button || !synth || !window.SpeechSynthesisUtterance) {
      return;
    }
    var language = document.documentElement.lang.toLowerCase();
    var text = document.querySelector(button.getAttribute("data-listen"));
    var BLOCKS = "h1, h2, h3, h4, p, li, dt, dd, summary, th, td, figcaption";
    function voice() {
      var voices = synth.getVoices();
      for (var i = 0; i < voices.length; i++) {
        var lang = (voices[i].lang || "").toLowerCase().replace("_", "-");
        if (lang === language || lang.indexOf(language + "-") === 0) {
          return voices[i];
        }
      }
      return null;
    }
    function pieces() {
      return Array.prototype.filter
        .call(text.querySelectorAll(BLOCKS), function (block) {
          var outer = block.parentElement.closest(BLOCKS);
          var tools = block.closest("[data-reading-tools], .print-button, [hidden]");
          return !tools && !(outer && text.contains(outer));
        })
        .map(function (block) {
          return block.textContent.replace(/\s+/g, " ").trim();
        })
        .filter(Boolean);
    }
    function show(speaking) {
      button.textContent = speaking ? button.dataset.stopLabel : button.dataset.listenLabel;
    }
    function offer() {
      if (text && voice()) {
        button.hidden = false;
      }
    }
    offer();
    if (button.hidden && synth.addEventListener) {
      synth.addEventListener("voiceschanged", offer);
    }
    button.addEventListener("click", function () {
      if (synth.speaking || synth.pending) {
        synth.cancel();
        show(false);
        return;
      }
      var chosen = voice();
      var all = pieces();
      all.forEach(function (piece, index) {
        var utterance = new SpeechSynthesisUtterance(piece);
        utterance.lang = chosen ? chosen.lang : language;
        utterance.voice = chosen;
        if (index === all.length - 1) {
          utterance.onend = function () {
            show(false);
          };
        }
        synth.speak(utterance);
      });
      show(all.length > 0);
    });
  }

  // Save for offline: the page and its stylesheet and scripts go into the browser's
  // cache, and a service worker serves them when there is no connection.
  function enhanceOffline() {
    var button = document.querySelector("[data-offline-save]");
    if (!button || !("serviceWorker" in navigator) || !window.caches) {
      return;
    }
    var cacheName = button.dataset.cache;
    var link = document.querySelector("[data-offline-link]");
    var status = document.querySelector("[data-offline-status]");
    var page = window.location.pathname;
    var files = [page, button.dataset.list];
    document.querySelectorAll('link[rel="stylesheet"], script[src]').forEach(function (file) {
      files.push(new URL(file.href || file.src).pathname);
    });
    function saved() {
      button.textContent = button.dataset.savedLabel;
      button.disabled = true;
      link.hidden = false;
    }
    button.hidden = false;
    caches
      .open(cacheName)
      .then(function (cache) {
        return cache.match(page, { ignoreVary: true });
      })
      .then(function (copy) {
        if (copy) {
          saved();
        }
      });
    button.addEventListener("click", function () {
      navigator.serviceWorker
        .register(button.dataset.worker, { scope: "/" })
        .then(function () {
          return caches.open(cacheName);
        })
        .then(function (cache) {
          return cache.addAll(files);
        })
        .then(
          function () {
            saved();
            status.textContent = button.dataset.savedLabel;
          },
          function () {
            status.textContent = button.dataset.failedLabel;
          }
        );
    });
  }

  // The list of saved pages, read from the browser's cache, each with its title.
  function listSaved() {
    var box = document.querySelector("[data-saved-pages]");
    if (!box || !window.caches) {
      return;
    }
    var list = box.querySelector("[data-saved-list]");
    var empty = box.querySelector("[data-saved-empty]");
    var here = window.location.pathname;
    caches.open(box.dataset.cache).then(function (cache) {
      cache.keys().then(function (requests) {
        var pages = requests.filter(function (request) {
          var path = new URL(request.url).pathname;
          return path !== here && !/^\/static\/|\/saved\/$/.test(path);
        });
        pages.forEach(function (request) {
          cache.match(request).then(function (response) {
            return response.text().then(function (html) {
              var title = new DOMParser().parseFromString(html, "text/html").title;
              var item = document.createElement("li");
              var anchor = document.createElement("a");
              var remove = document.createElement("button");
              anchor.href = new URL(request.url).pathname;
              anchor.textContent = title.split(" – ")[0] || anchor.href;
              remove.type = "button";
              remove.className = "button button--secondary";
              remove.textContent = box.dataset.removeLabel;
              remove.addEventListener("click", function () {
                cache.delete(request).then(function () {
                  item.remove();
                  empty.hidden = list.children.length > 0;
                  list.hidden = !list.children.length;
                });
              });
              item.append(anchor, " ", remove);
              list.append(item);
              list.hidden = false;
              empty.hidden = true;
            });
          });
        });
      });
    });
  }

  enhanceMenu();
  enhanceLanguageMenu();
  enhancePrinting();
  enhanceSteps();
  enhanceListening();
  enhanceOffline();
  listSaved();
  focusErrors();
})();
