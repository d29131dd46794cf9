// The admin's slug prefill follows newsroom.slugs.slugify, the server's rule:
// "L'elettrica" becomes "l-elettrica" (Django's URLify drops the apostrophe
// and glues the words: "lelettrica"). The spelling table comes from the
// server (newsroom.templatetags.slugs). prepopulate.js looks URLify up when
// the editor types, so replacing it once the page is loaded is enough.
(function () {
  "use strict";
  var spelling = {};
  function loadSpelling() {
    var el = document.getElementById("slug-spelling");
    if (el) spelling = JSON.parse(el.textContent);
  }
  function slugify(text, maxLength) {
    var spelled = Array.from(text || "").map(function (c) {
      return Object.prototype.hasOwnProperty.call(spelling, c) ? spelling[c] : c;
    }).join("");
    // Punctuation, symbols and spaces of any script separate words.
    var spaced = spelled.replace(/[\p{P}\p{S}\p{Z}]/gu, " ");
    var ascii = spaced.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
    var slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (maxLength) slug = slug.slice(0, maxLength).replace(/-+$/, "");
    return slug;
  }
  // After every script has run: Django's urlify.js may come after this one
  // (the admin orders form media as it likes) and would define URLify again.
  function install() {
    loadSpelling();
    window.URLify = function (text, maxLength) {
      return slugify(text, maxLength);
    };
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", install);
  } else {
    install();
  }
  window.newsroomSlugify = slugify;
})();
