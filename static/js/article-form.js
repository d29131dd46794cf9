// Writing aids on the article form: character counters with soft limits,
// word count and reading time, a live search-result and social-card preview,
// copying the other person's version after an edit conflict, and the
// publication confirmation's "Cancel". Loaded in <head> by the admin's form
// media: everything waits for DOMContentLoaded.
(function () {
  "use strict";
  var WORDS_PER_MINUTE = 200;
  var editors = new Map(); // textarea name -> prose editor

  document.addEventListener("prose-editor:ready", function (event) {
    editors.set(event.detail.textarea.name, event.detail.editor);
    event.detail.textarea.dispatchEvent(new Event("newsroom:editor", { bubbles: true }));
  });

  function t(text) {
    return window.gettext ? window.gettext(text) : text;
  }
  function fmt(text, values) {
    return window.interpolate ? window.interpolate(text, values, true) : text;
  }

  // Sets a field of the article form, the rich-text body included.
  function setField(name, value) {
    var editor = editors.get(name);
    if (editor) {
      editor.commands.setContent(value || "", { emitUpdate: true });
      var area = document.querySelector('textarea[name="' + name + '"]');
      if (area) area.value = value || "";
      return;
    }
    var field = document.querySelector('#article_form [name="' + name + '"]');
    if (!field || field.type === "file") return;
    if (field.type === "checkbox") field.checked = value === "on" || value === true;
    else field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }
  window.NewsroomForm = { setField: setField, editors: editors };

  function counter(field) {
    var limit = Number(field.dataset.softLimit);
    var out = document.createElement("div");
    out.className = "help char-counter";
    out.setAttribute("aria-live", "polite");
    // Under the field, aligned with it like the admin's help texts.
    (field.closest(".flex-container") || field).insertAdjacentElement("afterend", out);
    function update() {
      var n = field.value.length;
      out.textContent = fmt(t("%(count)s of %(limit)s characters"), { count: n, limit: limit });
      out.classList.toggle("is-over", n > limit);
    }
    field.addEventListener("input", update);
    update();
  }

  function bodyText() {
    var area = document.querySelector('#article_form textarea[name="body"]');
    if (!area) return "";
    // An inert document: nothing in it loads or runs.
    return new DOMParser().parseFromString(area.value, "text/html").body.textContent || "";
  }

  function wordCount() {
    var area = document.querySelector('#article_form textarea[name="body"]');
    if (!area) return;
    var out = document.createElement("p");
    out.className = "word-count help";
    out.setAttribute("aria-live", "polite");
    var row = area.closest(".form-row") || area.parentElement;
    row.appendChild(out);
    function update() {
      var words = bodyText().split(/\s+/).filter(Boolean).length;
      var minutes = words ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 0;
      var wordText = window.ngettext ? window.ngettext("%(words)s word", "%(words)s words", words)
        : "%(words)s words";
      out.textContent =
        fmt(wordText, { words: words }) + " · " + fmt(t("%(minutes)s min reading"), { minutes: minutes });
    }
    document.getElementById("article_form").addEventListener("input", update);
    document.addEventListener("newsroom:editor", update);
    update();
  }

  function value(name) {
    var field = document.querySelector('#article_form [name="' + name + '"]');
    return field ? field.value.trim() : "";
  }

  function previews() {
    var fieldset = document.querySelector("fieldset.seo-fields");
    if (!fieldset) return;
    var box = document.createElement("div");
    box.className = "seo-preview";
    box.innerHTML =
      '<div class="seo-preview__search"><p class="seo-preview__label"></p>' +
      '<p class="seo-preview__url"></p><p class="seo-preview__title"></p>' +
      '<p class="seo-preview__description"></p></div>' +
      '<div class="seo-preview__card"><p class="seo-preview__label"></p>' +
      '<div class="seo-preview__image"></div><p class="seo-preview__site"></p>' +
      '<p class="seo-preview__title"></p><p class="seo-preview__description"></p></div>';
    fieldset.appendChild(box);
    var search = box.querySelector(".seo-preview__search");
    var card = box.querySelector(".seo-preview__card");
    search.querySelector(".seo-preview__label").textContent = t("In search results");
    card.querySelector(".seo-preview__label").textContent = t("When shared");
    var thumb = document.querySelector(".field-image_preview img");
    if (thumb) card.querySelector(".seo-preview__image").appendChild(thumb.cloneNode());
    var host = window.location.host;
    function cut(text, max) {
      return text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text;
    }
    function update() {
      var title = value("seo_title") || value("title") || t("Title of the article");
      var description = value("seo_description") || value("standfirst");
      search.querySelector(".seo-preview__url").textContent = host + " › " + (value("slug") || "…");
      search.querySelector(".seo-preview__title").textContent = cut(title, 60);
      search.querySelector(".seo-preview__description").textContent = cut(description, 160);
      card.querySelector(".seo-preview__site").textContent = host.toUpperCase();
      card.querySelector(".seo-preview__title").textContent = cut(value("social_title") || title, 90);
      card.querySelector(".seo-preview__description").textContent =
        cut(value("social_description") || description, 200);
    }
    document.getElementById("article_form").addEventListener("input", update);
    update();
  }

  function conflictCopies() {
    document.querySelectorAll("[data-copy-to]").forEach(function (button) {
      button.addEventListener("click", function () {
        setField(button.dataset.copyTo.replace(/^id_/, ""), button.dataset.copyValue);
        button.textContent = t("Copied into the form");
      });
    });
  }

  function confirmation() {
    var box = document.querySelector("[data-confirmation]");
    if (!box) return;
    box.scrollIntoView({ block: "center" });
    var cancel = box.querySelector("[data-dismiss-confirmation]");
    if (cancel) cancel.addEventListener("click", function () { box.remove(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!document.getElementById("article_form")) return;
    document.querySelectorAll("#article_form [data-soft-limit]").forEach(counter);
    wordCount();
    previews();
    conflictCopies();
    confirmation();
  });
})();
