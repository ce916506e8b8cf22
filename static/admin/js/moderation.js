// Keyboard shortcuts for moderators, documented on the pages: on a story, a approves, r rejects,
// j and k go to the next and previous waiting story; in the queue, j and k move through the
// rows, Enter opens the story and x selects it. Nothing happens while typing in a field.
(function () {
  "use strict";

  function typing(event) {
    var target = event.target;
    return (
      event.altKey || event.ctrlKey || event.metaKey ||
      target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)
    );
  }

  function click(selector) {
    var element = document.querySelector(selector);
    if (element) {
      element.click();
      return true;
    }
    return false;
  }

  var rows = Array.prototype.slice.call(document.querySelectorAll("#result_list tbody tr"));
  var current = -1;

  function moveTo(index) {
    if (!rows.length) {
      return;
    }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, position) {
      row.classList.toggle("keyboard-current", position === current);
    });
    var link = rows[current].querySelector(".queue-title");
    if (link) {
      link.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (typing(event)) {
      return;
    }
    var key = event.key;
    var handled = false;
    if (rows.length) {
      if (key === "j") {
        moveTo(current + 1);
        handled = true;
      } else if (key === "k") {
        moveTo(current - 1);
        handled = true;
      } else if (key === "x" && current >= 0) {
        handled = click("#result_list tbody tr.keyboard-current .action-select");
      }
    } else if (key === "a") {
      handled = click("[data-decision='approve_selected']");
    } else if (key === "r") {
      handled = click("[data-decision='reject_selected']");
    } else if (key === "j") {
      handled = click("[data-shortcut='next']");
    } else if (key === "k") {
      handled = click("[data-shortcut='previous']");
    }
    if (handled) {
      event.preventDefault();
    }
  });

  // The translation tabs and language switch come from a library: once they are drawn, give
  // them what assistive technology needs. A tab holds no second control of its own, the
  // switch has a name, and a table that scrolls sideways on a phone can be reached by keyboard.
  function fixLibraryWidgets() {
    document.querySelectorAll(".ui-tabs-nav [role='tab'] a").forEach(function (link) {
      link.removeAttribute("href");
      link.removeAttribute("tabindex");
      link.setAttribute("role", "presentation");
    });
    var languageSwitch = document.getElementById("modeltranslation-main-switch");
    if (languageSwitch && document.getElementById("translation-switch-label")) {
      languageSwitch.setAttribute("aria-labelledby", "translation-switch-label");
    }
    document.querySelectorAll(".inline-group").forEach(function (group) {
      if (group.scrollWidth > group.clientWidth) {
        group.setAttribute("tabindex", "0");
        group.setAttribute("role", "region");
        var heading = group.querySelector("h2");
        if (heading) {
          group.setAttribute("aria-label", heading.textContent.trim());
        }
      }
    });
  }

  // The library draws them in a jQuery "ready" handler: ours runs after it.
  var jQuery = window.jQuery || window.$ || (window.django && window.django.jQuery);
  if (jQuery) {
    jQuery(function () {
      window.setTimeout(fixLibraryWidgets, 0);
    });
  } else {
    document.addEventListener("DOMContentLoaded", fixLibraryWidgets);
  }
})();
