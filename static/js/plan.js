// The plan page: open or close every section, and print with every section open.
document.addEventListener("DOMContentLoaded", () => {
  const all = () => document.querySelectorAll(".plan-tree details, .plan-purpose");
  document.querySelectorAll("[data-details]").forEach((button) => {
    button.addEventListener("click", () => {
      const open = button.getAttribute("data-details") === "open";
      all().forEach((d) => { d.open = open; });
    });
  });
  let closed = [];
  window.addEventListener("beforeprint", () => {
    closed = Array.from(all()).filter((d) => !d.open);
    closed.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => {
    closed.forEach((d) => { d.open = false; });
    closed = [];
  });
});
