// The media library's chooser: an in-page dialog (never a popup of the whole
// admin) to search the library or drop files to upload, used by the lead
// image field, the gallery builder and the editor's picture and gallery
// buttons (window.newsroomMedia). Every label comes from the server, in Italian.
(function () {
  "use strict";

  function csrf() {
    var field = document.querySelector("[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function format(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (_, key) {
      return values[key] === undefined ? "" : values[key];
    });
  }

  // One file to the library; resolves with the picture, rejects with an
  // Error whose message is the server's Italian reason.
  function upload(url, file, onProgress) {
    return new Promise(function (resolve, reject) {
      var body = new FormData();
      body.append("file", file);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("X-CSRFToken", csrf());
      if (onProgress) {
        xhr.upload.addEventListener("progress", function (event) {
          if (event.lengthComputable) onProgress(event.loaded / event.total);
        });
      }
      xhr.addEventListener("load", function () {
        var data = {};
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = {}; }
        if (xhr.status === 201 && data.picture) resolve(data.picture);
        else reject(new Error(data.error || ""));
      });
      xhr.addEventListener("error", function () { reject(new Error("")); });
      xhr.send(body);
    });
  }

  // Files dropped on a zone (or chosen with its file input) go to onFiles.
  function dropZone(zone, input, onFiles) {
    zone.addEventListener("dragover", function (event) {
      event.preventDefault();
      zone.classList.add("is-over");
    });
    zone.addEventListener("dragleave", function () { zone.classList.remove("is-over"); });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("is-over");
      onFiles(Array.prototype.slice.call(event.dataTransfer.files));
    });
    input.addEventListener("change", function () {
      onFiles(Array.prototype.slice.call(input.files));
      input.value = "";
    });
  }

  function thumbnail(src, size, className) {
    var img = document.createElement("img");
    if (className) img.className = className;
    img.src = src || "";
    img.alt = "";
    img.width = img.height = size;
    return img;
  }

  function get(url, params) {
    var query = new URLSearchParams(params).toString();
    return fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + query, {
      credentials: "same-origin",
    }).then(function (response) {
      if (!response.ok) throw new Error(response.statusText);
      return response.text();
    });
  }

  var dialog = null;

  function dialogElement() {
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.className = "media-chooser";
      dialog.setAttribute("aria-labelledby", "media-chooser-title");
      document.body.appendChild(dialog);
    }
    return dialog;
  }

  // Resolves with a list of chosen items (pictures or galleries), or null.
  function choose(options) {
    var mode = options.mode === "gallery" ? "gallery" : "picture";
    var multiple = Boolean(options.multiple);
    var url = options.url;
    var params = { mode: mode };
    if (multiple) params.multiple = "1";
    var box = dialogElement();
    return get(url, params).then(function (html) {
      box.innerHTML = html;
      return new Promise(function (resolve) {
        var chosen = [];
        var body = box.querySelector("[data-chooser-body]");
        var status = box.querySelector("[data-chooser-status]");
        var results = box.querySelector("[data-chooser-results]");
        var complete = box.querySelector("[data-chooser-complete]");
        var confirm = box.querySelector("[data-chooser-confirm]");
        var count = box.querySelector("[data-chooser-count]");
        var query = "";
        var done = false;

        function finish(value) {
          if (done) return;
          done = true;
          if (box.open) box.close();
          resolve(value);
        }

        function say(text) { status.textContent = text; }

        function refreshConfirm() {
          if (!confirm) return;
          confirm.disabled = chosen.length === 0;
          count.textContent = chosen.length ? String(chosen.length) : "";
        }

        function pick(data) {
          if (mode === "picture" && !data.complete) return askToComplete(data);
          if (!multiple) return finish([data]);
          var index = chosen.findIndex(function (item) { return item.id === data.id; });
          if (index < 0) chosen.push(data);
          else chosen.splice(index, 1);
          results.querySelectorAll("[data-choice]").forEach(function (button) {
            var id = JSON.parse(button.dataset.choice).id;
            var on = chosen.some(function (item) { return item.id === id; });
            button.setAttribute("aria-pressed", on ? "true" : "false");
          });
          refreshConfirm();
        }

        function askToComplete(data) {
          complete.hidden = false;
          complete.dataset.url = data.completeUrl;
          complete.querySelector("[data-complete-thumb]").src = data.thumb;
          complete.elements.alt.value = data.alt;
          complete.elements.credit.value = data.credit;
          complete.elements.caption.value = data.caption;
          complete.querySelector("[data-complete-errors]").hidden = true;
          (data.alt ? complete.elements.credit : complete.elements.alt).focus();
        }

        function itemFor(data) {
          var li = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.className = "media-chooser__item";
          button.dataset.choice = JSON.stringify(data);
          var img = thumbnail(data.thumb, 120);
          var name = document.createElement("span");
          name.className = "media-chooser__name";
          name.textContent = data.title;
          var meta = document.createElement("span");
          meta.className = "media-chooser__meta";
          meta.textContent = (data.credit || "—") + " · " + data.width + "×" + data.height;
          button.append(img, name, meta);
          li.appendChild(button);
          return li;
        }

        function uploadAll(files) {
          var list = results.querySelector("[data-chooser-list]");
          if (!list) {
            results.innerHTML = "";
            list = document.createElement("ul");
            list.className = "media-chooser__results";
            list.setAttribute("data-chooser-list", "");
            results.appendChild(list);
          }
          var target = box.querySelector("[data-chooser-drop]").dataset.uploadUrl;
          var uploaded = [];
          var chain = Promise.resolve();
          Array.prototype.forEach.call(files, function (file) {
            chain = chain.then(function () {
              say(format(body.dataset.labelUploading, { name: file.name }));
              return upload(target, file).then(function (picture) {
                uploaded.push(picture);
                list.insertBefore(itemFor(picture), list.firstChild);
                say(format(body.dataset.labelUploaded, { name: file.name }));
              }, function (error) {
                say(format(body.dataset.labelRefused, {
                  name: file.name, reason: error.message || body.dataset.labelFailed,
                }));
              });
            });
          });
          chain.then(function () {
            if (!uploaded.length) return;
            if (multiple) uploaded.forEach(pick);
            else pick(uploaded[0]);
          });
        }

        box.addEventListener("cancel", function (event) {
          event.preventDefault();
          finish(null);
        }, { once: true });
        box.querySelector("[data-chooser-close]").addEventListener("click", function () {
          finish(null);
        });
        results.addEventListener("click", function (event) {
          var button = event.target.closest("[data-choice]");
          if (button && !button.disabled) return pick(JSON.parse(button.dataset.choice));
          var more = event.target.closest("[data-chooser-more]");
          if (!more) return;
          get(url, Object.assign({ q: query, page: more.dataset.chooserMore, part: "results" }, params))
            .then(function (html) {
              var holder = document.createElement("div");
              holder.innerHTML = html;
              var list = results.querySelector("[data-chooser-list]");
              holder.querySelectorAll("[data-chooser-list] > li").forEach(function (li) {
                list.appendChild(li);
              });
              more.parentNode.replaceWith(holder.querySelector("[data-chooser-more]") ?
                holder.querySelector("[data-chooser-more]").parentNode : document.createTextNode(""));
            });
        });
        box.querySelector("[data-chooser-search]").addEventListener("submit", function (event) {
          event.preventDefault();
          query = event.target.elements.q.value;
          get(url, Object.assign({ q: query, part: "results" }, params)).then(function (html) {
            results.innerHTML = html;
          });
        });
        var drop = box.querySelector("[data-chooser-drop]");
        if (drop) dropZone(drop, box.querySelector("[data-chooser-files]"), uploadAll);
        complete.addEventListener("submit", function (event) {
          event.preventDefault();
          var form = new FormData(complete);
          fetch(complete.dataset.url, {
            method: "POST", body: form, credentials: "same-origin",
            headers: { "X-CSRFToken": csrf(), Accept: "application/json" },
          }).then(function (response) {
            return response.json().then(function (data) { return [response.ok, data]; });
          }).then(function (answer) {
            if (answer[0]) {
              complete.hidden = true;
              return pick(answer[1].picture);
            }
            var errors = complete.querySelector("[data-complete-errors]");
            errors.textContent = Object.keys(answer[1].errors || {}).map(function (key) {
              return answer[1].errors[key];
            }).join(" ");
            errors.hidden = false;
          });
        });
        complete.querySelector("[data-complete-cancel]").addEventListener("click", function () {
          complete.hidden = true;
        });
        if (confirm) {
          confirm.addEventListener("click", function () { finish(chosen.slice()); });
        }
        box.showModal();
        box.querySelector("input[type=search]").focus();
      });
    });
  }

  window.newsroomMedia = {
    choose: choose,
    upload: upload,
    csrf: csrf,
    dropZone: dropZone,
    thumbnail: thumbnail,
    format: format,
  };
})();
