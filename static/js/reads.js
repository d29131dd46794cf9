/* "I più letti": tells the site that this article was read. A same-origin
   beacon with the article's number and nothing else; the answer sets no
   cookie and nothing is stored in the browser (frontpage/reads.py). */
(function () {
  "use strict";
  var article = document.querySelector("[data-read-article]");
  if (!article || !navigator.sendBeacon) { return; }
  var body = new URLSearchParams();
  body.append("article", article.getAttribute("data-read-article"));
  navigator.sendBeacon(article.getAttribute("data-read-url"), body);
})();
