// Bulk upload of a press kit: one request per file, each with its progress
// bar and its own result, then on to the caption table. Without this script
// the form posts every file at once and the server does the same work.
(function () {
  "use strict";
  var form = document.querySelector("[data-bulk-upload]");
  if (!form) return;
  var input = form.querySelector("input[type=file]");
  var drop = form.querySelector("[data-drop]");
  var list = form.querySelector("[data-upload-list]");
  var total = form.querySelector("[data-upload-total]");
  var next = form.querySelector("[data-upload-next]");
  var label = form.dataset;
  var uploaded = [];
  var count = 0;
  var finished = 0;

  function format(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function row(file) {
    var li = document.createElement("li");
    li.className = "media-upload__item";
    var name = document.createElement("span");
    name.className = "media-upload__name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute("aria-label", file.name);
    var state = document.createElement("span");
    state.className = "media-upload__state";
    state.textContent = label.labelWaiting;
    li.append(name, bar, state);
    list.appendChild(li);
    return { li: li, bar: bar, state: state };
  }

  function progress() {
    total.textContent = format(label.labelProgress, { done: uploaded.length, total: count });
    if (finished === count && uploaded.length) {
      var link = next.querySelector("[data-upload-continue]");
      link.href = label.captionsUrl + "?ids=" + uploaded.join(",");
      next.hidden = false;
      link.focus();
    }
  }

  var queue = Promise.resolve();
  function send(files) {
    Array.prototype.forEach.call(files, function (file) {
      count += 1;
      var line = row(file);
      queue = queue.then(function () {
        return window.newsroomMedia.upload(form.action || location.href, file, function (share) {
          line.bar.value = share;
        }).then(function (picture) {
          uploaded.push(picture.id);
          line.bar.value = 1;
          line.state.textContent = label.labelDone;
          line.li.classList.add("is-done");
        }, function (error) {
          line.state.textContent = error.message || label.labelFailed;
          line.li.classList.add("is-error");
        }).then(function () {
          finished += 1;
          progress();
        });
      });
    });
    progress();
  }

  form.querySelector("[data-upload-submit]").hidden = true;
  window.newsroomMedia.dropZone(drop, input, send);
})();
