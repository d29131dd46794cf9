// Media in the article body (django-prose-editor extensions): library
// pictures, galleries and embeds, each a block the editor moves as a whole.
// They write exactly the forms the sanitizer keeps (media/markup.py and the
// embed placeholder); pages draw them from the library. Pasted or dropped
// images are uploaded into the library, or refused with a visible message.
// Labels and addresses come from the server (media/editor.py), in Italian.
import { Node, Plugin, updateAttrsDialog } from "django-prose-editor/editor"

function text(tag, className, value) {
  const el = document.createElement(tag)
  if (className) el.className = className
  if (value) el.textContent = value
  return el
}

function format(template, values) {
  return String(template || "").replace(/%\((\w+)\)s/g, (_, key) => values[key] ?? "")
}

// One status line under each editor, for uploads and refusals.
function statusFor(editor) {
  const host = editor.options.element
  let status = host.parentElement.querySelector(":scope > .media-editor-status")
  if (!status) {
    status = text("p", "media-editor-status")
    status.setAttribute("role", "status")
    host.after(status)
  }
  return status
}

function say(editor, message, isError = false) {
  const status = statusFor(editor)
  status.textContent = message
  status.classList.toggle("media-editor-status--error", isError)
}

function chooser() {
  if (!window.newsroomMedia) throw new Error("media-chooser.js is not loaded")
  return window.newsroomMedia
}

function readPicture(element) {
  const figure = element.tagName === "FIGURE" ? element : null
  const img = figure ? figure.querySelector("img") : element
  const caption = figure ? figure.querySelector("figcaption") : null
  const id = (figure || img).getAttribute("data-picture") || img?.getAttribute("data-picture")
  return {
    picture: id ? Number(id) : null,
    src: img?.getAttribute("src") || "",
    alt: img?.getAttribute("alt") || "",
    caption: caption ? caption.textContent.trim() : "",
  }
}

function attribute(key, read) {
  return { default: null, rendered: false, parseHTML: (el) => read(el)[key] }
}

// A block followed by an empty paragraph: the cursor lands after it, so the
// next insertion or keystroke never replaces the block just inserted.
function blocks(nodes) {
  return [...nodes, { type: "paragraph" }]
}

function imageFiles(transfer) {
  return Array.from(transfer?.files || []).filter((file) => file.type.startsWith("image/"))
}

export const MediaPicture = Node.create({
  name: "mediaPicture",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { chooserUrl: "", uploadUrl: "", labels: {} }
  },

  addAttributes() {
    return {
      picture: attribute("picture", readPicture),
      src: attribute("src", readPicture),
      alt: attribute("alt", readPicture),
      caption: attribute("caption", readPicture),
    }
  },

  parseHTML() {
    // Library pictures first; a plain figure or image of ours from before
    // the library is kept as it is (shown as "not in the library").
    return [
      { tag: "figure[data-picture]", priority: 70 },
      { tag: "img[data-picture]", priority: 70 },
      { tag: "figure:has(> img)", priority: 60 },
      { tag: 'img[src]:not([src^="data:"])', priority: 60 },
    ]
  },

  renderHTML({ node }) {
    const { picture, src, alt, caption } = node.attrs
    const img = ["img", { src, alt: alt || "" }]
    const figure = picture ? { class: "picture", "data-picture": String(picture) } : {}
    return caption ? ["figure", figure, img, ["figcaption", caption]] : ["figure", figure, img]
  },

  addNodeView() {
    const labels = this.options.labels
    return ({ node, getPos, editor }) => {
      const dom = text("figure", "media-node media-node--picture")
      const img = text("img")
      const caption = text("figcaption", "media-node__caption")
      const edit = text("button", "media-node__edit", labels.edit)
      edit.type = "button"
      dom.append(img, caption, edit)
      let current = node
      const draw = () => {
        img.src = current.attrs.src || ""
        img.alt = current.attrs.alt || ""
        caption.textContent = current.attrs.caption || ""
        dom.classList.toggle("media-node--legacy", !current.attrs.picture)
        dom.title = current.attrs.picture ? "" : labels.legacy
      }
      edit.addEventListener("click", () => {
        updateAttrsDialog(
          {
            alt: { type: "string", title: labels.alt },
            caption: { type: "string", title: labels.caption, format: "textarea" },
          },
          { title: labels.edit, submitText: labels.save },
        )(editor, { alt: current.attrs.alt, caption: current.attrs.caption }).then((attrs) => {
          if (!attrs || typeof getPos !== "function") return
          editor
            .chain()
            .command(({ tr }) => {
              tr.setNodeMarkup(getPos(), undefined, { ...current.attrs, ...attrs })
              return true
            })
            .run()
        })
      })
      draw()
      return {
        dom,
        update(updated) {
          if (updated.type !== current.type) return false
          current = updated
          draw()
          return true
        },
        stopEvent: (event) => event.target === edit,
        ignoreMutation: () => true,
      }
    }
  },

  addCommands() {
    return {
      insertLibraryPictures:
        (pictures) =>
        ({ chain }) =>
          chain()
            .focus()
            .insertContent(
              blocks(
                pictures.map((p) => ({
                  type: this.name,
                  attrs: { picture: p.id, src: p.src, alt: p.alt, caption: p.caption },
                })),
              ),
            )
            .run(),
    }
  },

  addMenuItems({ buttons, menu }) {
    menu.defineItem({
      name: "mediaPicture",
      groups: "nodes",
      button: buttons.material("image", this.options.labels.insert),
      command: (editor) => {
        chooser()
          .choose({ url: this.options.chooserUrl, mode: "picture" })
          .then((items) => items && editor.commands.insertLibraryPictures(items))
      },
    })
  },

  addProseMirrorPlugins() {
    const extension = this
    return [
      new Plugin({
        props: {
          handlePaste(view, event) {
            const files = imageFiles(event.clipboardData)
            if (!files.length) return false
            extension.storage.upload(extension, files)
            return true
          },
          handleDrop(view, event, slice, moved) {
            const files = moved ? [] : imageFiles(event.dataTransfer)
            if (!files.length) return false
            event.preventDefault()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            if (at) extension.editor.commands.setTextSelection(at.pos)
            extension.storage.upload(extension, files)
            return true
          },
          // Images inside pasted HTML (a page, Google Docs, Word): ours stay;
          // any other is taken out and brought into the library if the
          // browser can read it, else the editor says so.
          transformPastedHTML(html) {
            const doc = new DOMParser().parseFromString(html, "text/html")
            const foreign = Array.from(doc.querySelectorAll("img")).filter(
              (img) => !img.hasAttribute("data-picture"),
            )
            if (!foreign.length) return html
            const sources = foreign.map((img) => img.getAttribute("src") || "")
            foreign.forEach((img) => (img.closest("figure") || img).remove())
            extension.storage.bringIn(extension, sources)
            return doc.body.innerHTML
          },
        },
      }),
    ]
  },

  addStorage() {
    return {
      upload(extension, files) {
        const { labels, uploadUrl } = extension.options
        const editor = extension.editor
        const done = []
        let chain = Promise.resolve()
        for (const file of files) {
          chain = chain.then(() => {
            say(editor, format(labels.uploading, { name: file.name }))
            return chooser()
              .upload(uploadUrl, file)
              .then(
                (picture) => done.push(picture),
                (error) =>
                  say(
                    editor,
                    format(labels.refused, { name: file.name, reason: error.message || labels.failed }),
                    true,
                  ),
              )
          })
        }
        return chain.then(() => {
          if (!done.length) return
          editor.commands.insertLibraryPictures(done)
          const incomplete = done.filter((p) => !p.complete)
          if (incomplete.length) {
            say(editor, incomplete.map((p) => format(labels.incomplete, { name: p.title })).join(" "), true)
          } else {
            say(editor, format(labels.uploaded, { count: done.length }))
          }
        })
      },
      bringIn(extension, sources) {
        const editor = extension.editor
        // Only pictures carried inside the paste (data: addresses, as Word and
        // Docs paste them) can come in: the admin's CSP never lets the page
        // connect to another site, and the desk should not hot-link anyway.
        const reads = sources.map((src, index) => Promise.resolve(fromDataUrl(src, index)))
        Promise.all(reads).then((files) => {
          const found = files.filter(Boolean)
          const upload = found.length ? this.upload(extension, found) : Promise.resolve()
          upload.then(() => {
            if (found.length < sources.length) say(editor, extension.options.labels.foreign, true)
          })
        })
      },
    }
  },
})

function fromDataUrl(src, index) {
  const match = /^data:(image\/[a-z0-9.+-]+);base64,(.*)$/i.exec(src.trim())
  if (!match) return null
  try {
    const bytes = Uint8Array.from(atob(match[2]), (c) => c.charCodeAt(0))
    const ext = match[1].split("/")[1].replace("jpeg", "jpg")
    return new File([bytes], `immagine-incollata-${index + 1}.${ext}`, { type: match[1] })
  } catch {
    return null
  }
}

export const MediaGallery = Node.create({
  name: "mediaGallery",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { chooserUrl: "", labels: {} }
  },

  addAttributes() {
    const read = (el) => ({
      gallery: Number(el.getAttribute("data-gallery")) || null,
      title: el.querySelector("figcaption")?.textContent.trim() || "",
    })
    return { gallery: attribute("gallery", read), title: attribute("title", read) }
  },

  parseHTML() {
    return [{ tag: "figure[data-gallery]", priority: 70 }]
  },

  renderHTML({ node }) {
    const attrs = { class: "gallery", "data-gallery": String(node.attrs.gallery) }
    return ["figure", attrs, ["figcaption", node.attrs.title || ""]]
  },

  addNodeView() {
    const label = this.options.labels.gallery
    return ({ node }) => {
      const dom = text("figure", "media-node media-node--gallery")
      dom.append(text("span", "media-node__kind material-icons", "photo_library"))
      dom.append(text("strong", "", label + ": "), text("span", "", node.attrs.title))
      return { dom, ignoreMutation: () => true }
    }
  },

  addMenuItems({ buttons, menu }) {
    menu.defineItem({
      name: "mediaGallery",
      groups: "nodes",
      button: buttons.material("photo_library", this.options.labels.insert),
      command: (editor) => {
        chooser()
          .choose({ url: this.options.chooserUrl, mode: "gallery" })
          .then((items) => {
            if (!items) return
            const [gallery] = items
            editor
              .chain()
              .focus()
              .insertContent(blocks([{ type: this.name, attrs: { gallery: gallery.id, title: gallery.title } }]))
              .run()
          })
      },
    })
  },
})

export const MediaEmbed = Node.create({
  name: "mediaEmbed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { checkUrl: "", labels: {} }
  },

  addAttributes() {
    const read = (el) => ({
      provider: el.getAttribute("data-embed-provider"),
      src: el.getAttribute("data-embed-src"),
      original: el.querySelector("a")?.getAttribute("href") || "",
    })
    return {
      provider: attribute("provider", read),
      src: attribute("src", read),
      original: attribute("original", read),
    }
  },

  parseHTML() {
    return [{ tag: "figure.embed[data-embed-provider]", priority: 70 }]
  },

  renderHTML({ node }) {
    const { provider, src, original } = node.attrs
    return [
      "figure",
      { class: "embed", "data-embed-provider": provider, "data-embed-src": src },
      ["a", { href: original }, original],
    ]
  },

  addNodeView() {
    const label = this.options.labels.embed
    return ({ node }) => {
      const dom = text("figure", "media-node media-node--embed")
      dom.append(text("span", "media-node__kind material-icons", "smart_display"))
      dom.append(text("strong", "", `${label} (${node.attrs.provider}): `))
      dom.append(text("span", "", node.attrs.original))
      return { dom, ignoreMutation: () => true }
    }
  },

  addMenuItems({ buttons, menu }) {
    const { labels, checkUrl } = this.options
    menu.defineItem({
      name: "mediaEmbed",
      groups: "nodes",
      button: buttons.material("smart_display", labels.insert),
      command: (editor) => {
        updateAttrsDialog(
          { url: { type: "string", title: labels.url, required: true } },
          { title: labels.title, submitText: labels.submit },
        )(editor, { url: "" }).then((values) => {
          if (!values) return
          const query = new URLSearchParams({ url: values.url.trim() })
          fetch(`${checkUrl}?${query}`, { credentials: "same-origin" })
            .then((response) => response.json().then((data) => [response.ok, data]))
            .then(([ok, data]) => {
              if (!ok) return say(editor, data.error, true)
              say(editor, "")
              editor
                .chain()
                .focus()
                .insertContent(
                  blocks([
                    {
                      type: this.name,
                      attrs: { provider: data.provider, src: data.src, original: data.original },
                    },
                  ]),
                )
                .run()
            })
        })
      },
    })
  },
})
