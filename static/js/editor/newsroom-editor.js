// The desk's extension of the body editor (django-prose-editor / Tiptap):
// - the toolbar and menus in Italian: the library writes some labels in
//   English without a translation hook, so each label is passed through
//   Django's JavaScript catalog (locale/it/LC_MESSAGES/djangojs.po) as it
//   appears; tests fail when an update brings an untranslated label;
// - a button to search our own published articles and link one;
// - pasting a bare domain ("motori.it") inside a link keeps the link's
//   address: it only changes the text;
// - Enter at the end of an image caption starts a paragraph after the image.
import { Extension, Plugin } from "django-prose-editor/editor";

function t(text) {
  return window.gettext ? window.gettext(text) : text;
}

const HEADING = /^heading (\d)$/i;

function italian(text) {
  const heading = HEADING.exec(text);
  if (heading) {
    return window.interpolate
      ? window.interpolate(t("Heading %s"), [heading[1]])
      : `Heading ${heading[1]}`;
  }
  return t(text);
}

function translateLabels(root) {
  for (const el of root.querySelectorAll("[title], [aria-label]")) {
    for (const attr of ["title", "aria-label"]) {
      const value = el.getAttribute(attr);
      if (value) {
        const done = italian(value);
        if (done !== value) el.setAttribute(attr, done);
      }
    }
  }
  // Menu entries written as text (not the icon buttons, whose text is the icon's name).
  for (const el of root.querySelectorAll(
    ".prose-menubar__dropdown *, .prose-menubar__button:not(.material-icons)"
  )) {
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) {
        const value = node.textContent.trim();
        const done = italian(value);
        if (done !== value) node.textContent = done;
      }
    }
  }
}

const BARE_DOMAIN = /^(?![a-z][a-z0-9+.-]*:)(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/iu;

function searchDialog(editor, url) {
  const dialog = document.createElement("dialog");
  dialog.className = "prose-editor-dialog article-link-dialog";
  const form = document.createElement("form");
  form.method = "dialog";
  const title = document.createElement("h2");
  title.textContent = t("Link to one of our articles");
  const label = document.createElement("label");
  label.textContent = t("Words of the title");
  const input = document.createElement("input");
  input.type = "search";
  input.name = "q";
  input.autocomplete = "off";
  label.appendChild(input);
  const list = document.createElement("ul");
  list.className = "article-link-results";
  list.setAttribute("aria-live", "polite");
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "button";
  cancel.textContent = t("Cancel");
  cancel.addEventListener("click", () => dialog.close());
  form.append(title, label, list, cancel);
  dialog.appendChild(form);
  document.body.appendChild(dialog);
  dialog.addEventListener("close", () => dialog.remove());

  function choose(item) {
    dialog.close();
    const { empty } = editor.state.selection;
    if (empty) {
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: item.title, marks: [{ type: "link", attrs: { href: item.url } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href: item.url }).run();
    }
  }

  let timer = null;
  function search() {
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      return;
    }
    fetch(`${url}?q=${encodeURIComponent(query)}`, { credentials: "same-origin" })
      .then((response) => response.json())
      .then((data) => {
        const items = data.results.map((item) => {
          const li = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.className = "article-link-result";
          button.textContent = item.title;
          const meta = document.createElement("span");
          meta.textContent = ` · ${item.section}, ${item.date}`;
          button.appendChild(meta);
          button.addEventListener("click", () => choose(item));
          li.appendChild(button);
          return li;
        });
        if (!items.length) {
          const li = document.createElement("li");
          li.textContent = t("No published article has these words in its title.");
          items.push(li);
        }
        list.replaceChildren(...items);
      })
      .catch(() => {
        list.textContent = t("The search did not answer: try again.");
      });
  }
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault();
  });
  dialog.showModal();
  input.focus();
}

function figureDepth($pos) {
  for (let depth = $pos.depth; depth > 0; depth--) {
    if ($pos.node(depth).type.name === "figure") return depth;
  }
  return 0;
}

export const NewsroomEditor = Extension.create({
  name: "NewsroomEditor",
  // Before the Link extension's own paste handling.
  priority: 10000,

  addOptions() {
    return { articleSearchUrl: "" };
  },

  onCreate() {
    const root = this.editor.options.element;
    translateLabels(root);
    new MutationObserver(() => translateLabels(root)).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["title", "aria-label"],
    });
  },

  addMenuItems({ buttons, menu }) {
    const url = this.options.articleSearchUrl;
    if (!url) return;
    menu.defineItem({
      name: "articleLink",
      groups: "link",
      button: buttons.material("manage_search", t("Link to one of our articles")),
      command(editor) {
        searchDialog(editor, url);
      },
    });
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== "caption") return false;
        if ($from.parentOffset !== $from.parent.content.size) return false;
        const depth = figureDepth($from);
        if (!depth) return false;
        const after = $from.after(depth);
        return editor
          .chain()
          .insertContentAt(after, { type: "paragraph" })
          .setTextSelection(after + 1)
          .scrollIntoView()
          .run();
      },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          handlePaste(view, event) {
            const text = (event.clipboardData && event.clipboardData.getData("text/plain")) || "";
            if (!BARE_DOMAIN.test(text.trim()) || !editor.isActive("link")) return false;
            const { from, to } = view.state.selection;
            view.dispatch(view.state.tr.insertText(text.trim(), from, to).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
