// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // On narrow screens, fold the main menu behind a button.
  var button = document.querySelector(".menu-toggle");
  var header = document.querySelector(".site-header");
  if (!button || !header) {
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
})();
