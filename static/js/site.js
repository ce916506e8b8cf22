// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Copy a story's link, or hand it to the phone's share sheet where the browser has one.
  document.querySelectorAll(".copy-link__button").forEach(function (button) {
    var status = button.closest(".copy-link").querySelector(".copy-link__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.dataset.url;
      if (navigator.share) {
        navigator.share({ title: button.dataset.title, url: url }).catch(function () {});
        return;
      }
      if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = button.dataset.copied;
        });
      }
    });
  });

  // Videos: nothing is loaded from the video site until the visitor presses play.
  document.querySelectorAll(".video[data-embed]").forEach(function (box) {
    var play = box.querySelector(".video__play");
    play.hidden = false;
    play.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = box.dataset.embed;
      frame.title = box.dataset.title;
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.setAttribute("allowfullscreen", "");
      frame.className = "video__frame";
      box.replaceChildren(frame);
    });
  });
})();
