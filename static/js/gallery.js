// Photo galleries: one photo at a time, swiped (the list scrolls sideways
// and snaps), moved with buttons or the arrow keys, full screen on demand.
// The address follows the photo on screen, so it can be shared; a photo's
// own address opens the gallery at that photo. Without this script the
// gallery is a plain list of figures. Labels come from the page, in Italian.
(function () {
  "use strict";
  var reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // An arrow for the eye, the label for screen readers and as a tooltip.
  function button(label, className, glyph) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "gallery__button " + className;
    b.textContent = glyph || label;
    if (glyph) {
      b.setAttribute("aria-label", label);
      b.title = label;
    }
    return b;
  }

  function enhance(section) {
    var list = section.querySelector(".gallery__list");
    var items = Array.prototype.slice.call(list.children);
    if (!items.length) return;
    var labels = section.dataset;
    var index = 0;
    var opener = null;
    var userMoved = false;

    var previous = button(labels.labelPrevious, "gallery__previous", "‹");
    var next = button(labels.labelNext, "gallery__next", "›");
    var full = button(labels.labelFull, "gallery__full");
    var status = document.createElement("p");
    status.className = "gallery__status";
    status.setAttribute("aria-live", "polite");
    var controls = document.createElement("div");
    controls.className = "gallery__controls";
    controls.append(previous, status, next, full);
    list.after(controls);

    list.tabIndex = 0;
    list.setAttribute("aria-label", labels.labelPhotos);
    var jump = section.querySelector("[data-gallery-jump]");
    if (jump) jump.hidden = true;

    function show(i, smooth) {
      index = Math.max(0, Math.min(items.length - 1, i));
      list.scrollTo({ left: index * list.clientWidth, behavior: smooth && !reduced ? "smooth" : "auto" });
      update();
    }

    function update() {
      status.textContent = labels.labelPosition.replace("{n}", index + 1);
      previous.disabled = index === 0;
      next.disabled = index === items.length - 1;
      items.forEach(function (item, i) {
        if (i === index) item.setAttribute("aria-current", "true");
        else item.removeAttribute("aria-current");
        item.setAttribute("aria-hidden", i === index ? "false" : "true");
        item.querySelectorAll("a").forEach(function (a) { a.tabIndex = i === index ? 0 : -1; });
      });
      if (userMoved && window.history.replaceState) {
        window.history.replaceState(null, "", items[index].dataset.url);
      }
    }

    var ticking = false;
    list.addEventListener("scroll", function () {
      if (ticking) return;
      ticking = true;
      window.requestAnimationFrame(function () {
        ticking = false;
        var i = Math.round(list.scrollLeft / Math.max(1, list.clientWidth));
        if (i !== index) {
          index = Math.max(0, Math.min(items.length - 1, i));
          userMoved = true;
          update();
        }
      });
    }, { passive: true });

    function move(step) {
      userMoved = true;
      show(index + step, true);
    }

    function setFull(on) {
      section.classList.toggle("gallery--full", on);
      document.documentElement.classList.toggle("has-full-gallery", on);
      full.textContent = on ? labels.labelClose : labels.labelFull;
      if (on) {
        opener = document.activeElement;
        section.setAttribute("role", "dialog");
        section.setAttribute("aria-modal", "true");
        full.focus();
      } else {
        section.removeAttribute("role");
        section.removeAttribute("aria-modal");
        if (opener && opener.focus) opener.focus();
      }
      show(index, false);
    }

    previous.addEventListener("click", function () { move(-1); });
    next.addEventListener("click", function () { move(1); });
    full.addEventListener("click", function () {
      setFull(!section.classList.contains("gallery--full"));
    });
    list.addEventListener("click", function (event) {
      if (event.target.closest(".gallery__frame") && !section.classList.contains("gallery--full")) {
        setFull(true);
      }
    });
    section.addEventListener("keydown", function (event) {
      var isFull = section.classList.contains("gallery--full");
      if (event.key === "ArrowLeft") move(-1);
      else if (event.key === "ArrowRight") move(1);
      else if (event.key === "Home" && event.target === list) { userMoved = true; show(0, true); }
      else if (event.key === "End" && event.target === list) { userMoved = true; show(items.length - 1, true); }
      else if (event.key === "Escape" && isFull) setFull(false);
      else if (event.key === "Tab" && isFull) {
        // Keep the keyboard inside the full-screen gallery.
        var stops = Array.prototype.filter.call(
          section.querySelectorAll("button, a, [tabindex='0']"),
          function (el) { return !el.disabled && el.tabIndex >= 0 && el.offsetParent !== null; }
        );
        var first = stops[0], last = stops[stops.length - 1];
        if (event.shiftKey && document.activeElement === first) { last.focus(); }
        else if (!event.shiftKey && document.activeElement === last) { first.focus(); }
        else return;
      } else return;
      event.preventDefault();
    });
    window.addEventListener("resize", function () { show(index, false); });

    var start = Number(section.dataset.start) || 0;
    if (start > 0) {
      show(start - 1, false);
      section.scrollIntoView({ block: "start" });
    } else {
      update();
    }
  }

  document.querySelectorAll("[data-gallery]").forEach(enhance);
})();
