// A story's photo in the admin: drag across a face to draw a box around it; the boxes drawn
// go with the "Blur" button as fractions of the photo. Without this file the detected faces
// can still be ticked.
(function () {
  "use strict";

  var panel = document.querySelector("[data-faces]");
  var field = panel && panel.querySelector("[data-drawn-faces]");
  if (!field) {
    return;
  }
  var photo = panel.querySelector("[data-faces-photo]");
  var boxes = panel.querySelector("[data-faces-boxes]");
  var count = panel.querySelector("[data-drawn-count]");
  var undo = panel.querySelector("[data-undo-drawn]");
  var drawn = [];
  var start = null;
  var rect = null;

  function point(event) {
    var area = photo.getBoundingClientRect();
    return {
      x: Math.min(1, Math.max(0, (event.clientX - area.left) / area.width)),
      y: Math.min(1, Math.max(0, (event.clientY - area.top) / area.height))
    };
  }

  function place(element, box) {
    element.setAttribute("x", box[0] * 1000);
    element.setAttribute("y", box[1] * 1000);
    element.setAttribute("width", (box[2] - box[0]) * 1000);
    element.setAttribute("height", (box[3] - box[1]) * 1000);
  }

  function between(a, b) {
    return [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)];
  }

  function update() {
    field.value = JSON.stringify(drawn.map(function (item) { return item.box; }));
    count.textContent = drawn.length ? panel.dataset.drawnTemplate + " " + drawn.length : "";
    undo.hidden = !drawn.length;
  }

  photo.addEventListener("dragstart", function (event) {
    event.preventDefault();
  });
  photo.addEventListener("pointerdown", function (event) {
    event.preventDefault();
    photo.setPointerCapture(event.pointerId);
    start = point(event);
    rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "faces__box faces__box--drawn");
    boxes.appendChild(rect);
  });
  photo.addEventListener("pointermove", function (event) {
    if (start) {
      place(rect, between(start, point(event)));
    }
  });
  photo.addEventListener("pointerup", function (event) {
    if (!start) {
      return;
    }
    var box = between(start, point(event));
    start = null;
    if (box[2] - box[0] < 0.01 || box[3] - box[1] < 0.01) {
      rect.remove();
      return;
    }
    place(rect, box);
    drawn.push({ box: box, rect: rect });
    update();
  });
  undo.addEventListener("click", function () {
    var last = drawn.pop();
    if (last) {
      last.rect.remove();
    }
    update();
  });
})();
