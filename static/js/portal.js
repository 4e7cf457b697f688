// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Submit a select's form on change where asked (e.g. language, filters).
  document.querySelectorAll("select[data-autosubmit]").forEach((el) => {
    el.addEventListener("change", () => el.form && el.form.submit());
  });
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
});
