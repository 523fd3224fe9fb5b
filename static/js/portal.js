// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // On narrow screens, fold the main menu behind a button.
  function enhanceMenu() {
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

  enhanceMenu();
  enhancePrinting();
  enhanceSteps();
  focusErrors();
})();
