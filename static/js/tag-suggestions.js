// Existing tags suggested as the editor types in the article's tag field.
// The field stays a plain comma-separated text input (new tags are still
// typed freely, and everything works without this script); the script makes
// it a WAI-ARIA combobox with a listbox popup, completing the item under the
// caret. Names are written the way taggit reads them back: quoted when they
// hold a space or a comma.
(function () {
  "use strict";
  var DELAY_MS = 150;
  var counter = 0;

  function t(text) {
    return window.gettext ? window.gettext(text) : text;
  }
  function fmt(text, values) {
    return window.interpolate ? window.interpolate(text, values, true) : text;
  }

  // The comma-separated items as [start, end) offsets; a comma inside
  // double quotes belongs to the name.
  function items(value) {
    var out = [];
    var start = 0;
    var quoted = false;
    for (var i = 0; i < value.length; i++) {
      if (value[i] === '"') quoted = !quoted;
      else if (value[i] === "," && !quoted) {
        out.push([start, i]);
        start = i + 1;
      }
    }
    out.push([start, value.length]);
    return out;
  }
  function nameOf(raw) {
    return raw.trim().replace(/^"|"$/g, "").trim();
  }
  function written(name) {
    return /[,\s]/.test(name) ? '"' + name + '"' : name;
  }
  function sameName(a, b) {
    return a.toLocaleLowerCase("it") === b.toLocaleLowerCase("it");
  }

  // Lower case without accents, with where each folded character came from,
  // so the matched part of an accented name can be shown.
  function fold(text) {
    var folded = "";
    var from = [];
    var offset = 0;
    Array.from(text).forEach(function (ch) {
      var f = ch.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("it");
      for (var k = 0; k < f.length; k++) from.push(offset);
      folded += f;
      offset += ch.length;
    });
    from.push(offset);
    return { text: folded, from: from };
  }
  function fillOption(option, name, query) {
    var n = fold(name);
    var q = fold(query).text;
    var at = q ? n.text.indexOf(q) : -1;
    if (at < 0) {
      option.textContent = name;
      return;
    }
    var start = n.from[at];
    var end = n.from[at + q.length];
    var strong = document.createElement("strong");
    strong.textContent = name.slice(start, end);
    option.append(name.slice(0, start), strong, name.slice(end));
  }

  function setUp(input) {
    var url = input.dataset.tagSuggestions;
    var id = input.id || "tag-suggestions-" + ++counter;
    var cache = new Map();
    var pending = null;
    var timer = null;
    var options = [];
    var active = -1;

    var box = document.createElement("div");
    box.className = "tag-suggestions";
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    var popup = document.createElement("div");
    popup.className = "tag-suggestions__popup";
    popup.hidden = true;
    var list = document.createElement("ul");
    list.id = id + "-suggestions";
    list.className = "tag-suggestions__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", t("Existing tags"));
    var empty = document.createElement("p");
    empty.className = "tag-suggestions__empty";
    popup.append(list, empty);
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.append(popup, status);
    var row = input.closest(".form-row");
    if (row) row.classList.add("has-tag-suggestions");

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    // The item under the caret, and the names of all the others.
    function current() {
      var value = input.value;
      var caret = input.selectionStart == null ? value.length : input.selectionStart;
      var all = items(value);
      var index = all.findIndex(function (r) {
        return caret >= r[0] && caret <= r[1];
      });
      if (index < 0) index = all.length - 1;
      var others = all
        .filter(function (_, i) {
          return i !== index;
        })
        .map(function (r) {
          return value.slice(r[0], r[1]).trim();
        });
      return { all: all, index: index, others: others, query: nameOf(value.slice(all[index][0], all[index][1])) };
    }

    function close() {
      popup.hidden = true;
      list.replaceChildren();
      options = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function activate(index) {
      if (active >= 0) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (active < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      var option = options[active];
      option.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }

    function show(names, query, first) {
      var here = current();
      if (here.query !== query) return; // the editor typed on meanwhile
      names = names.filter(function (name) {
        return !here.others.some(function (other) {
          return sameName(nameOf(other), name);
        });
      });
      list.replaceChildren();
      options = names.map(function (name, i) {
        var option = document.createElement("li");
        option.id = id + "-suggestion-" + i;
        option.className = "tag-suggestions__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.name = name;
        fillOption(option, name, query);
        list.appendChild(option);
        return option;
      });
      active = -1;
      list.hidden = !options.length;
      empty.hidden = options.length > 0;
      empty.textContent = fmt(t("No existing tag matches: saving creates “%(name)s”."), { name: query });
      popup.hidden = false;
      input.setAttribute("aria-expanded", options.length ? "true" : "false");
      status.textContent = options.length
        ? fmt(
            window.ngettext
              ? window.ngettext(
                  "%(count)s existing tag: choose with the arrow keys and Enter.",
                  "%(count)s existing tags: choose with the arrow keys and Enter.",
                  options.length
                )
              : "%(count)s",
            { count: options.length }
          )
        : empty.textContent;
      // Only the arrow key picks the first one: Enter in the field still saves.
      if (first && options.length) activate(0);
    }

    function update(first) {
      clearTimeout(timer);
      var query = current().query;
      if (!query) {
        close();
        status.textContent = "";
        return;
      }
      if (cache.has(query)) {
        show(cache.get(query), query, first);
        return;
      }
      timer = setTimeout(function () {
        if (pending) pending.abort();
        pending = new AbortController();
        fetch(url + "?q=" + encodeURIComponent(query), {
          credentials: "same-origin",
          headers: { Accept: "application/json" },
          signal: pending.signal,
        })
          .then(function (response) {
            if (!response.ok) throw new Error(response.status);
            return response.json();
          })
          .then(function (data) {
            cache.set(query, data.results || []);
            show(cache.get(query), query, first);
          })
          .catch(function () {
            // Aborted or unreachable: the field is still a text field.
          });
      }, DELAY_MS);
    }

    function choose(name) {
      var here = current();
      var names = here.all.map(function (r) {
        return input.value.slice(r[0], r[1]).trim();
      });
      names[here.index] = written(name);
      var before = names.slice(0, here.index + 1).filter(Boolean).join(", ") + ", ";
      var after = names.slice(here.index + 1).filter(Boolean).join(", ");
      input.value = before + after;
      input.setSelectionRange(before.length, before.length);
      close();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
      status.textContent = fmt(t("Tag “%(name)s” added."), { name: name });
    }

    input.addEventListener("input", function (event) {
      if (event.isTrusted) update(false);
    });
    input.addEventListener("keydown", function (event) {
      if (event.isComposing) return; // the keys belong to the input method
      var open = !popup.hidden && options.length > 0;
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          if (open) activate((active + 1) % options.length);
          else update(true);
          break;
        case "ArrowUp":
          if (!open) return;
          event.preventDefault();
          activate(active <= 0 ? options.length - 1 : active - 1);
          break;
        case "Enter":
          // Otherwise Enter saves the form, as in every other field.
          if (!open || active < 0) return;
          event.preventDefault();
          choose(options[active].dataset.name);
          break;
        case "Escape":
          if (popup.hidden) return;
          event.preventDefault();
          close();
          break;
        case "Tab":
          close();
          break;
      }
    });
    input.addEventListener("blur", close);
    // Keep the focus in the field while an option is clicked.
    popup.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) choose(option.dataset.name);
    });
    list.addEventListener("mousemove", function (event) {
      var option = event.target.closest("[role=option]");
      if (option && options.indexOf(option) !== active) activate(options.indexOf(option));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-tag-suggestions]").forEach(setUp);
  });
})();
