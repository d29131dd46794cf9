// Nothing the editor typed is lost, whichever way the page is left:
// - a warning before leaving a page with unsaved changes;
// - an automatic draft on the server a few seconds after typing stops
//   (never the article itself: desk.autosave);
// - a copy in this browser (localStorage) at every change, which survives a
//   lost connection, an expired session or a server error, and is offered
//   back on the next visit when it differs from what the page shows;
// - presence: the page reports in, and shows who else is editing.
// (The admin's public-reader rule of no storage does not apply here: this is
// the editor's own browser and their own unsaved text.)
(function () {
  "use strict";
  var AUTOSAVE_DELAY = 3000;
  var AUTOSAVE_MAX_WAIT = 15000;
  var SKIP = ["csrfmiddlewaretoken", "_transition", "confirmed", "overwrite_version"];

  function now() {
    return new Date().toLocaleTimeString("it-IT", { hour: "2-digit", minute: "2-digit" });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.getElementById("desk-editor");
    var form = document.getElementById("article_form");
    if (!root || !form) return;
    var status = document.querySelector("[data-desk-status]");
    var csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;
    var key = root.dataset.backupKey;
    var dirty = form.querySelector(".errornote") !== null; // a refused save is unsaved work
    var submitting = false;

    function fields() {
      var data = {};
      new FormData(form).forEach(function (value, name) {
        if (typeof value !== "string" || SKIP.indexOf(name) !== -1 || name.indexOf("-") !== -1) {
          return; // files, workflow buttons, the byline inline
        }
        data[name] = value;
      });
      return data;
    }
    // The rich text is compared as text: the server stores it cleaned, with
    // markup that may differ from what the editor wrote.
    function comparable(name, value) {
      value = String(value);
      if (name === "body") {
        value = new DOMParser().parseFromString(value, "text/html").body.textContent || "";
      }
      return value.replace(/\s+/g, " ").trim();
    }
    // The version a copy was typed on travels with it (restored, a save based
    // on an old version is refused as a conflict), but is not a difference.
    function differs(saved, current) {
      return Object.keys(saved).some(function (name) {
        return (
          name !== "version" &&
          name in current &&
          comparable(name, saved[name]) !== comparable(name, current[name])
        );
      });
    }
    function say(text) {
      if (status) status.textContent = text;
    }

    // The local copy -------------------------------------------------------
    function readBackup() {
      try {
        return JSON.parse(window.localStorage.getItem(key) || "null");
      } catch (error) {
        return null;
      }
    }
    function writeBackup() {
      try {
        window.localStorage.setItem(key, JSON.stringify({ time: now(), fields: fields() }));
      } catch (error) {
        /* storage full or refused: the server draft still works */
      }
    }
    function dropBackup() {
      try {
        window.localStorage.removeItem(key);
      } catch (error) {
        /* nothing to drop */
      }
    }
    function restore(values) {
      Object.keys(values).forEach(function (name) {
        window.NewsroomForm.setField(name, values[name]);
      });
      dirty = true;
    }

    // Offered once the editors are ready, compared with what the page shows.
    function offerBackup() {
      var backup = readBackup();
      if (!backup || !backup.fields) return;
      var current = fields();
      var offer = document.querySelector("[data-desk-local-offer]");
      if (!differs(backup.fields, current)) {
        if (!form.querySelector(".errornote")) dropBackup();
        return;
      }
      offer.querySelector("[data-desk-local-text]").textContent = root.dataset.localOffer.replace(
        "{time}",
        backup.time
      );
      offer.hidden = false;
      offer.querySelector("[data-desk-local-restore]").addEventListener("click", function () {
        restore(backup.fields);
        offer.hidden = true;
      });
      offer.querySelector("[data-desk-local-discard]").addEventListener("click", function () {
        dropBackup();
        offer.hidden = true;
      });
    }

    var serverDraft = document.getElementById("desk-autosave-data");
    var restoreDraft = document.querySelector("[data-desk-autosave-restore]");
    if (serverDraft && restoreDraft) {
      restoreDraft.addEventListener("click", function () {
        restore(JSON.parse(serverDraft.textContent));
        restoreDraft.closest("[data-desk-autosave-offer]").hidden = true;
        writeBackup();
      });
    }

    // The server draft -----------------------------------------------------
    var timer = null;
    var firstChange = 0;
    function autosave() {
      timer = null;
      firstChange = 0;
      var body = new URLSearchParams(fields());
      say(root.dataset.saving);
      fetch(root.dataset.autosaveUrl, {
        method: "POST",
        headers: { "X-CSRFToken": csrf },
        body: body,
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (data) {
          say(data.text);
        })
        .catch(function () {
          say(root.dataset.autosaveFailed);
        });
    }
    function changed() {
      dirty = true;
      writeBackup();
      var t = Date.now();
      if (!firstChange) firstChange = t;
      if (timer) window.clearTimeout(timer);
      var wait = Math.min(AUTOSAVE_DELAY, Math.max(0, firstChange + AUTOSAVE_MAX_WAIT - t));
      timer = window.setTimeout(autosave, wait);
    }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);

    // Leaving the page -----------------------------------------------------
    form.addEventListener("submit", function () {
      submitting = true;
      writeBackup(); // kept until a page shows these values as saved
    });
    window.addEventListener("beforeunload", function (event) {
      if (!dirty || submitting) return;
      event.preventDefault();
      event.returnValue = root.dataset.unsaved;
      return root.dataset.unsaved;
    });

    // Presence -------------------------------------------------------------
    var presence = document.querySelector("[data-desk-presence]");
    var takenOver = document.querySelector("[data-desk-taken-over]");
    function heartbeat() {
      if (!root.dataset.presenceUrl) return;
      fetch(root.dataset.presenceUrl, {
        method: "POST",
        headers: { "X-CSRFToken": csrf },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (!data) return;
          var list = presence.querySelector("[data-desk-presence-list]");
          list.replaceChildren.apply(
            list,
            data.others.map(function (text) {
              var li = document.createElement("li");
              li.textContent = text;
              return li;
            })
          );
          presence.classList.toggle("is-empty", data.others.length === 0);
          takenOver.textContent = data.taken_over;
          takenOver.hidden = !data.taken_over;
        })
        .catch(function () {
          /* offline: the next beat tries again */
        });
    }
    if (root.dataset.presenceUrl) {
      heartbeat();
      window.setInterval(heartbeat, Number(root.dataset.heartbeatSeconds || 20) * 1000);
      window.addEventListener("pagehide", function () {
        var data = new FormData();
        data.append("csrfmiddlewaretoken", csrf);
        if (navigator.sendBeacon) navigator.sendBeacon(root.dataset.leaveUrl, data);
      });
    }

    // The editors start after this script: compare once they have.
    window.setTimeout(offerBackup, 600);
  });
})();
