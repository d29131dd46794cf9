// Hands an uploaded body image back to the prose editor that opened this
// window (CKEditor's file-browser protocol, which django-prose-editor speaks).
(function () {
  "use strict";
  var el = document.getElementById("image-picker-result");
  if (!el || !window.opener || !window.opener.CKEDITOR) return;
  window.opener.CKEDITOR.tools.callFunction(Number(el.dataset.funcNum), el.dataset.url, {
    alternative_text: el.dataset.alt,
    caption: el.dataset.caption,
  });
  window.close();
})();
