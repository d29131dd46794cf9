// The focal point: click (or use the arrow keys on) the picture; the crops
// every slot will use are previewed beside it, cut as the server cuts them.
(function () {
  "use strict";

  function box(width, height, ratio, x, y) {
    var target = ratio[0] / ratio[1];
    var w = width / height > target ? Math.round(height * target) : width;
    var h = width / height > target ? height : Math.round(width / target);
    var left = Math.min(Math.max(Math.round(x * width - w / 2), 0), width - w);
    var top = Math.min(Math.max(Math.round(y * height - h / 2), 0), height - h);
    return { left: left, top: top, w: w, h: h };
  }

  function bind(root) {
    var input = root.querySelector("input");
    var stage = root.querySelector("[data-focal-stage]");
    if (!stage) return;
    var image = root.querySelector("[data-focal-image]");
    var marker = root.querySelector("[data-focal-marker]");
    var crops = root.querySelector("[data-focal-crops]");
    var width = Number(image.getAttribute("width"));
    var height = Number(image.getAttribute("height"));
    var parts = (input.value || "0.5,0.5").split(",").map(Number);
    var x = parts[0], y = parts[1];
    input.type = "hidden";
    marker.hidden = false;
    crops.hidden = false;
    stage.tabIndex = 0;
    stage.setAttribute("role", "application");
    stage.setAttribute("aria-label", root.closest(".form-row").querySelector("label").textContent);

    crops.querySelectorAll("li").forEach(function (li) {
      var frame = document.createElement("span");
      frame.className = "focal__crop";
      var ratio = li.dataset.ratio.split(":").map(Number);
      frame.style.aspectRatio = ratio[0] + " / " + ratio[1];
      var img = document.createElement("img");
      img.src = image.src;
      img.alt = "";
      frame.appendChild(img);
      li.prepend(frame);
    });

    function draw() {
      marker.style.left = x * 100 + "%";
      marker.style.top = y * 100 + "%";
      input.value = x.toFixed(3) + "," + y.toFixed(3);
      crops.querySelectorAll("li").forEach(function (li) {
        var ratio = li.dataset.ratio.split(":").map(Number);
        var b = box(width, height, ratio, x, y);
        var img = li.querySelector("img");
        img.style.width = (width / b.w) * 100 + "%";
        img.style.marginLeft = -(b.left / b.w) * 100 + "%";
        img.style.marginTop = -(b.top / b.w) * 100 + "%";
      });
    }

    stage.addEventListener("click", function (event) {
      var rect = image.getBoundingClientRect();
      x = Math.min(Math.max((event.clientX - rect.left) / rect.width, 0), 1);
      y = Math.min(Math.max((event.clientY - rect.top) / rect.height, 0), 1);
      draw();
    });
    stage.addEventListener("keydown", function (event) {
      var step = event.shiftKey ? 0.1 : 0.02;
      var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      var move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      x = Math.min(Math.max(x + move[0], 0), 1);
      y = Math.min(Math.max(y + move[1], 0), 1);
      draw();
    });
    draw();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-focal]").forEach(bind);
  });
})();
