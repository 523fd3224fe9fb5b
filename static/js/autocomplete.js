// Suggestions under the search box: a combobox with a listbox popup, as in the WAI-ARIA
// Authoring Practices. Progressive enhancement only: without this file the search box
// is a plain input and the form submits as usual. The server sends each suggestion's
// title, address and kind, and the sentence to announce (translated, with its plural).
(function () {
  "use strict";

  var DELAY = 150;
  var MIN_LENGTH = 2;

  function enhance(container) {
    var input = container.querySelector("input");
    var label = container.querySelector("label");
    if (!input || !label || !window.fetch) {
      return;
    }
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var options = [];
    var active = -1;
    var latest = 0;
    var timer = null;

    label.id = label.id || input.id + "-label";
    list.id = input.id + "-suggestions";
    list.className = "suggest__list";
    list.hidden = true;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-labelledby", label.id);
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.after(list);
    container.append(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    function isOpen() {
      return !list.hidden;
    }

    function setOpen(open) {
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (!open) {
        setActive(-1);
      }
    }

    function setActive(index) {
      if (options[active]) {
        options[active].removeAttribute("aria-selected");
      }
      active = index;
      if (options[active]) {
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(suggestions) {
      setOpen(false);
      list.replaceChildren();
      options = suggestions.map(function (suggestion, index) {
        var option = document.createElement("li");
        var title = document.createElement("span");
        var kind = document.createElement("span");
        option.id = list.id + "-" + index;
        option.className = "suggest__option";
        option.setAttribute("role", "option");
        option.dataset.url = suggestion.url;
        title.textContent = suggestion.title;
        kind.className = "suggest__kind";
        kind.textContent = suggestion.kind;
        option.append(title, " ", kind);
        list.append(option);
        return option;
      });
      setOpen(options.length > 0);
    }

    function suggest() {
      var query = input.value.trim();
      var request = ++latest;
      clearTimeout(timer);
      if (query.length < MIN_LENGTH) {
        show([]);
        status.textContent = "";
        return;
      }
      fetch(container.dataset.suggest + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          // A slower answer to an earlier query must not replace a newer one.
          if (data && request === latest && document.activeElement === input) {
            show(data.suggestions);
            status.textContent = data.status;
          }
        })
        .catch(function () {
          if (request === latest) {
            show([]);
          }
        });
    }

    function go(option) {
      setOpen(false);
      window.location.assign(option.dataset.url);
    }

    input.addEventListener("input", function () {
      setActive(-1);
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var count = options.length;
      if (event.isComposing) {
        return; // the keys belong to an input method still composing a word
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!count) {
          suggest();
        } else if (!isOpen()) {
          setOpen(true);
          if (!event.altKey) {
            setActive(event.key === "ArrowDown" ? 0 : count - 1);
          }
        } else if (event.key === "ArrowDown") {
          setActive(active + 1 < count ? active + 1 : 0);
        } else {
          setActive(active > 0 ? active - 1 : count - 1);
        }
      } else if (event.key === "Enter") {
        if (isOpen() && options[active]) {
          event.preventDefault();
          go(options[active]);
        } else {
          latest++;
          setOpen(false);
        }
      } else if (event.key === "Escape") {
        // The first Escape closes the suggestions, the next one empties the box.
        if (isOpen()) {
          event.preventDefault();
          setOpen(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          latest++;
          show([]);
          status.textContent = "";
        }
      } else if (["ArrowLeft", "ArrowRight", "Home", "End"].indexOf(event.key) !== -1) {
        setActive(-1);
      }
    });

    input.addEventListener("blur", function () {
      setOpen(false);
    });

    // Keep the focus in the box while an option is pressed, so the list stays open.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });

    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) {
        go(option);
      }
    });
  }

  document.querySelectorAll("[data-suggest]").forEach(enhance);
})();
