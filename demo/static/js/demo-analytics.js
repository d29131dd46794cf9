/* A stand-in for an analytics snippet, served by this site for the demo and
   the browser tests. It loads only after consent to its category and sets
   one first-party cookie, like real analytics would. */
(function () {
  "use strict";
  var script = document.currentScript;
  var config = {};
  var category = script && script.getAttribute("data-consent-category");
  try { config = JSON.parse((script && script.dataset.config) || "{}"); } catch (e) { config = {}; }
  document.cookie = "nr_demo_stats=" + encodeURIComponent(config.site || "1") + "; Max-Age=15552000; Path=/; SameSite=Lax";
  window.newsroomDemoAnalytics = { loaded: true, config: config };
  document.documentElement.setAttribute("data-demo-analytics", "loaded");
  document.addEventListener("consent:withdrawn", function (event) {
    if (event.detail && event.detail.category === category) {
      document.cookie = "nr_demo_stats=; Max-Age=0; Path=/; SameSite=Lax";
      document.documentElement.removeAttribute("data-demo-analytics");
      window.newsroomDemoAnalytics = { loaded: false };
    }
  });
})();
