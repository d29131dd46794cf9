// The library's form fields: the article's lead image and main gallery (a
// choice shown with its thumbnail and credit) and a gallery's ordered
// pictures (drag, or move with buttons, remove, add from the chooser).
// The dialog itself is media-chooser.js (window.newsroomMedia).
(function () {
  "use strict";
  var media = window.newsroomMedia;
  var thumbnail = media.thumbnail;
  var format = media.format;
  var choose = media.choose;

  function text(tag, className, value) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = value;
    return el;
  }

  // The lead image and main gallery fields of the article form.
  function bindChoice(root) {
    var input = root.querySelector("input");
    var preview = root.querySelector("[data-media-preview]");
    var empty = preview.querySelector(".media-choice__empty");
    var emptyText = empty ? empty.textContent : "—";
    input.type = "hidden";
    root.querySelector("[data-media-actions]").hidden = false;
    root.querySelector("[data-media-open]").addEventListener("click", function () {
      choose({ url: root.dataset.chooserUrl, mode: root.dataset.mode }).then(function (items) {
        if (!items || !items.length) return;
        var data = items[0];
        input.value = data.id;
        preview.innerHTML = "";
        if (data.thumb) preview.appendChild(thumbnail(data.thumb, 80, "media-choice__thumb"));
        var title = data.title + (data.width ? " · " + data.width + " × " + data.height + " px" : "");
        preview.appendChild(text("p", "media-choice__title", title));
        if (root.dataset.mode === "picture") {
          preview.appendChild(text("p", "media-choice__meta", (data.credit || "—") + " · " + (data.alt || "—")));
        }
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    });
    root.querySelector("[data-media-clear]").addEventListener("click", function () {
      input.value = "";
      preview.innerHTML = "";
      preview.appendChild(text("p", "media-choice__empty", emptyText));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  // The gallery's ordered pictures: drag, or move with buttons, remove, add.
  function bindBuilder(root) {
    var input = root.querySelector("input");
    var list = root.querySelector("[data-gallery-list]");
    var status = root.querySelector("[data-gallery-status]");
    var dragged = null;
    input.type = "hidden";
    root.querySelector("[data-gallery-actions]").hidden = false;

    function sync() {
      input.value = Array.prototype.map.call(list.children, function (li) { return li.dataset.id; }).join(",");
    }

    function button(label, action, glyph) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "gallery-builder__button";
      b.dataset.action = action;
      b.setAttribute("aria-label", label);
      b.title = label;
      b.textContent = glyph;
      return b;
    }

    function decorate(li) {
      var tools = document.createElement("span");
      tools.className = "gallery-builder__tools";
      tools.append(
        button(root.dataset.labelUp, "up", "↑"),
        button(root.dataset.labelDown, "down", "↓"),
        button(root.dataset.labelRemove, "remove", "×")
      );
      li.appendChild(tools);
    }

    Array.prototype.forEach.call(list.children, decorate);
    list.addEventListener("click", function (event) {
      var b = event.target.closest("[data-action]");
      if (!b) return;
      var li = b.closest("li");
      if (b.dataset.action === "up" && li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
      if (b.dataset.action === "down" && li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
      if (b.dataset.action === "remove") li.remove();
      sync();
      if (li.isConnected) b.focus();
    });
    list.addEventListener("dragstart", function (event) {
      dragged = event.target.closest("li");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged.dataset.id);
      dragged.classList.add("is-dragged");
    });
    list.addEventListener("dragover", function (event) {
      var over = event.target.closest("li");
      if (!dragged || !over || over === dragged) return;
      event.preventDefault();
      var box = over.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? over.nextElementSibling : over);
    });
    list.addEventListener("drop", function (event) { event.preventDefault(); });
    list.addEventListener("dragend", function () {
      if (dragged) dragged.classList.remove("is-dragged");
      dragged = null;
      sync();
    });
    root.querySelector("[data-gallery-add]").addEventListener("click", function () {
      choose({ url: root.dataset.chooserUrl, mode: "picture", multiple: true }).then(function (items) {
        (items || []).forEach(function (data) {
          if (list.querySelector('[data-id="' + data.id + '"]')) return;
          var li = document.createElement("li");
          li.className = "gallery-builder__item";
          li.dataset.id = data.id;
          li.draggable = true;
          var img = thumbnail(data.thumb, 64);
          var words = document.createElement("span");
          words.className = "gallery-builder__text";
          words.append(text("strong", "", data.title), text("span", "", data.caption),
            text("span", "", data.credit));
          li.append(text("span", "gallery-builder__handle", "⠿"), img, words);
          li.firstChild.setAttribute("aria-hidden", "true");
          decorate(li);
          list.appendChild(li);
        });
        sync();
        if (items && items.length) {
          status.textContent = format(root.dataset.labelCount, { count: list.children.length });
        }
      });
    });
  }

  function start() {
    document.querySelectorAll("[data-media-choice]").forEach(bindChoice);
    document.querySelectorAll("[data-gallery-builder]").forEach(bindBuilder);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
