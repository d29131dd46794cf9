// The workflow buttons post a separate form: if the article has unsaved
// edits, ask before leaving the page so no text is lost. (Loaded in <head>
// by the admin's form media, hence the DOMContentLoaded wait.)
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var panel = document.querySelector(".workflow-panel[data-unsaved-message]");
  var main = document.querySelector("#article_form");
  if (!panel || !main) return;
  var dirty = false;
  main.addEventListener("input", function () { dirty = true; });
  main.addEventListener("change", function () { dirty = true; });
  panel.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (dirty && !window.confirm(panel.dataset.unsavedMessage)) event.preventDefault();
    });
  });
});
