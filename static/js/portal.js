// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Submit a select's form on change where asked (e.g. language, filters).
  document.querySelectorAll("select[data-autosubmit]").forEach((el) => {
    el.addEventListener("change", () => el.form && el.form.submit());
  });
  // Controls that need this file (print, open all) stay hidden without it.
  document.querySelectorAll("[data-needs-js]").forEach((el) => { el.hidden = false; });
  // Print buttons.
  document.querySelectorAll("[data-print]").forEach((el) => {
    el.addEventListener("click", (event) => { event.preventDefault(); window.print(); });
  });
  // Confirm before destructive actions.
  document.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (event) => {
      if (!window.confirm(el.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
  // The site menu is a <details>: folded on phones, always open from 720 px; Escape folds it again.
  const menu = document.querySelector("[data-site-menu]");
  if (menu) {
    const wide = window.matchMedia("(min-width: 720px)");
    const sync = () => { if (wide.matches) menu.open = true; };
    sync();
    wide.addEventListener("change", sync);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }
  // A task's period: show only the inputs the chosen kind uses (a kind not chosen yet shows all).
  document.querySelectorAll("[data-period-fields]").forEach((box) => {
    const radios = box.querySelectorAll('input[name$="period_kind"]');
    const sync = () => {
      const chosen = Array.from(radios).find((r) => r.checked);
      box.querySelectorAll("[data-period-for]").forEach((el) => {
        el.hidden = Boolean(chosen) && !el.getAttribute("data-period-for").split(" ").includes(chosen.value);
      });
    };
    radios.forEach((r) => r.addEventListener("change", sync));
    sync();
  });
  // A form that came back with errors: move the focus to its summary so it is read out first.
  const summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus({ preventScroll: true });
    summary.scrollIntoView({ block: "center" });
  }
});
