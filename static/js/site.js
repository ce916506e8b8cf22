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

  // Copy a private link to the clipboard, and say so; where the clipboard is out of reach (an
  // address without HTTPS), through a selected field as older browsers do.
  document.querySelectorAll(".copy-button[data-copy]").forEach(function (button) {
    var status = button.parentNode.querySelector(".copy-link__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = button.dataset.copy;
      var done = function () {
        status.textContent = button.dataset.copied;
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () {});
        return;
      }
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "visually-hidden";
      document.body.appendChild(field);
      field.select();
      if (document.execCommand("copy")) {
        done();
      }
      field.remove();
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

  // The share form: a photo's size and type are checked before it is sent (the server checks
  // again), and what concerns a photo is asked only when there is one.
  var shareForm = document.querySelector(".share-form");
  var photoInput = shareForm && shareForm.querySelector('input[type="file"][name="photo"]');
  if (photoInput) {
    var kept = shareForm.querySelector("[data-kept-photo]");
    var types = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];
    var problem = document.createElement("p");
    problem.className = "field__error";
    problem.setAttribute("role", "alert");
    problem.hidden = true;
    photoInput.insertAdjacentElement("beforebegin", problem);

    var choice = function (value) {
      return shareForm.querySelector('input[name="photo_choice"][value="' + value + '"]');
    };
    var hasPhoto = function () {
      var removed = choice("remove") && choice("remove").checked;
      return photoInput.files.length > 0 || Boolean(kept && !removed);
    };
    var showPhotoQuestions = function () {
      var show = hasPhoto();
      shareForm.querySelectorAll("[data-with-photo]").forEach(function (box) {
        box.hidden = !show;
        box.querySelectorAll("input, textarea").forEach(function (field) {
          field.setAttribute("aria-required", show ? "true" : "false");
        });
      });
    };

    photoInput.addEventListener("change", function () {
      var file = photoInput.files[0];
      var message = "";
      if (file && file.size > Number(photoInput.dataset.maxBytes)) {
        message = photoInput.dataset.tooLarge;
      } else if (file && file.type && types.indexOf(file.type) === -1) {
        // Some phones give HEIC photos no type: those are left to the server.
        message = photoInput.dataset.wrongType;
      }
      problem.textContent = message;
      problem.hidden = !message;
      if (message) {
        photoInput.value = "";
      } else if (file && choice("replace")) {
        choice("replace").checked = true;
      }
      showPhotoQuestions();
    });
    shareForm.querySelectorAll('input[name="photo_choice"]').forEach(function (radio) {
      radio.addEventListener("change", showPhotoQuestions);
    });
    showPhotoQuestions();
  }
})();
