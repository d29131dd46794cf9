/* Share bar enhancements: "copia link" and the native share sheet.
   Without JavaScript (or without the APIs) the buttons stay hidden and the
   plain share links keep working. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "visually-hidden";
      document.body.appendChild(field);
      field.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(field);
      if (ok) { resolve(); } else { reject(); }
    });
  }

  document.querySelectorAll("[data-share]").forEach(function (box) {
    var url = box.getAttribute("data-url");
    var title = box.getAttribute("data-title");
    var status = box.querySelector("[data-share-status]");
    var copy = box.querySelector("[data-share-copy]");
    var share = box.querySelector("[data-share-native]");

    function say(message) {
      status.textContent = message;
    }

    if (copy) {
      copy.parentNode.hidden = false;
      copy.addEventListener("click", function () {
        copyText(url).then(
          function () { say(copy.getAttribute("data-done")); },
          function () { say(copy.getAttribute("data-failed")); }
        );
      });
    }
    if (share && typeof navigator.share === "function") {
      share.parentNode.hidden = false;
      share.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () {});
      });
    }
  });
})();
