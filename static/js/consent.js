/* Cookie consent, progressively enhanced: the forms work without this file.
   With it, a choice is sent with fetch and applied to the page at once:
   banner hidden, gated scripts added or removed, embeds loaded or put back. */
(function () {
  "use strict";
  var configNode = document.getElementById("consent-config");
  if (!configNode || !window.fetch) { return; }
  var config = JSON.parse(configNode.textContent);
  var banner = document.querySelector("[data-consent-banner]");
  var panel = document.querySelector("[data-consent-panel]");
  var opener = null;
  // Boxes the reader ticked or unticked in the open panel: an answer to an
  // earlier choice must not undo them.
  var panelEdited = false;
  var panelOpenings = 0;
  // One choice at a time: the server sees them, and sets its cookie, in the
  // order the reader made them, whatever the connection does.
  var sending = Promise.resolve();
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function announce(text) { status.textContent = ""; window.setTimeout(function () { status.textContent = text; }, 50); }

  function show(node, visible) { if (node) { node.hidden = !visible; } }

  function openPanel(from) {
    if (!panel) { return false; }
    opener = from || document.activeElement;
    panelEdited = false;
    panelOpenings += 1;
    syncCheckboxes(config.granted);
    show(banner, false);
    show(panel, true);
    var title = panel.querySelector("#consent-panel-title");
    if (title) { title.focus(); }
    return true;
  }

  function closePanel() {
    show(panel, false);
    // Closing the preferences is not a choice: the banner comes back until one is made.
    if (!config.decided) { show(banner, true); }
    var target = config.decided ? opener : banner && banner.querySelector(".consent__button");
    if (target && document.contains(target)) { target.focus(); }
  }

  function syncCheckboxes(granted) {
    document.querySelectorAll("input[name=categories]:not([disabled])").forEach(function (box) {
      box.checked = granted.indexOf(box.value) !== -1;
    });
  }

  function applyScripts(granted) {
    var present = {};
    document.querySelectorAll("script[data-consent-script]").forEach(function (node) {
      var category = node.getAttribute("data-consent-category");
      if (granted.indexOf(category) === -1) {
        node.remove();
      } else {
        present[node.getAttribute("src")] = true;
      }
    });
    config.scripts.forEach(function (item) {
      if (granted.indexOf(item.category) === -1 || present[item.src]) { return; }
      var node = document.createElement("script");
      node.src = item.src;
      node.async = true;
      node.setAttribute("data-consent-script", "");
      node.setAttribute("data-consent-category", item.category);
      node.setAttribute("data-config", JSON.stringify(item.config || {}));
      document.body.appendChild(node);
    });
  }

  function withdraw(category) {
    (config.cookies[category] || []).forEach(function (name) {
      document.cookie = name + "=; Max-Age=0; Path=/; SameSite=Lax";
    });
    document.dispatchEvent(new CustomEvent("consent:withdrawn", { detail: { category: category } }));
  }

  function applyEmbeds(allowed) {
    document.querySelectorAll("[data-embed]").forEach(function (figure) {
      var frame = figure.querySelector(".embed__frame");
      var placeholder = figure.querySelector(".embed__placeholder");
      if (allowed && !frame) {
        frame = document.createElement("div");
        frame.className = "embed__frame";
        var iframe = document.createElement("iframe");
        iframe.src = figure.getAttribute("data-embed-src");
        iframe.title = figure.getAttribute("data-embed-title");
        iframe.loading = "lazy";
        iframe.allowFullscreen = true;
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        frame.appendChild(iframe);
        figure.appendChild(frame);
      } else if (!allowed && frame) {
        frame.remove();
      }
      show(placeholder, !allowed);
    });
  }

  // keepPanel: the answer belongs to a choice made outside the panel (the
  // banner's, sent on a slow connection) and the reader has opened the
  // panel since; it stays open and keeps what they changed there.
  function apply(granted, keepPanel) {
    config.granted.forEach(function (category) {
      if (granted.indexOf(category) === -1) { withdraw(category); }
    });
    config.granted = granted;
    config.decided = true;
    document.body.classList.remove("has-consent-banner");
    show(banner, false);
    if (!keepPanel) { show(panel, false); }
    if (!keepPanel || !panelEdited) { syncCheckboxes(granted); }
    applyScripts(granted);
    applyEmbeds(granted.indexOf(config.embedCategory) !== -1);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-consent-form")) { return; }
    var submitter = event.submitter;
    if (submitter && submitter.hasAttribute("data-consent-customize")) {
      if (openPanel(submitter)) { event.preventDefault(); }
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    var focusAfter = form.closest("[data-consent-banner], [data-consent-panel]");
    var embed = form.closest("[data-embed]");
    var fromPanel = Boolean(panel && panel.contains(form));
    var openingsBefore = panelOpenings;
    var send = function () {
      return fetch(config.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      });
    };
    var answer = sending.then(send, send).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
    answer.then(function (result) {
      // The panel was opened after this choice was made (on the banner, or
      // an embed's placeholder): the reader is busy there.
      var keepPanel = !fromPanel && panel && !panel.hidden && panelOpenings !== openingsBefore;
      apply(result.granted, keepPanel);
      announce(config.saved);
      if (keepPanel) { return; }
      var frame = embed && embed.querySelector("iframe");
      if (frame) { frame.focus(); }
      if (focusAfter) {
        var back = opener && document.contains(opener) && opener.offsetParent ? opener : document.getElementById("main");
        back.focus({ preventScroll: true });
      }
    }).catch(function () {
      // Fall back to the plain form post, which works without JavaScript.
      announce(config.error);
      if (submitter && submitter.name) {
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = submitter.name;
        hidden.value = submitter.value;
        form.appendChild(hidden);
      }
      HTMLFormElement.prototype.submit.call(form);
    });
    // The next choice leaves once this one is answered and applied, or failed.
    sending = answer.then(null, function () {});
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-consent-open]");
    if (link && openPanel(link)) { event.preventDefault(); return; }
    if (event.target.closest("[data-consent-panel-close]")) { closePanel(); }
  });

  document.addEventListener("change", function (event) {
    if (panel && panel.contains(event.target) && event.target.name === "categories") { panelEdited = true; }
  });

  document.addEventListener("keydown", function (event) {
    // Esc never means consent: it only closes the preferences panel, unsaved.
    if (event.key === "Escape" && panel && !panel.hidden) { closePanel(); }
  });
})();
