/* "I più letti": a same-origin beacon with the article's number only;
   nothing is stored in the browser (frontpage/reads.py). */
(function () {
  "use strict";
  var article = document.querySelector("[data-read-article]");
  if (!article || !navigator.sendBeacon) { return; }
  var body = new URLSearchParams();
  body.append("article", article.getAttribute("data-read-article"));
  navigator.sendBeacon(article.getAttribute("data-read-url"), body);
})();
