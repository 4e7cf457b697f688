// Task list, bulk edit: a "select the whole page" box. Without JavaScript each row has its own
// checkbox and "select all matching the filter" still works; this only saves taps.
(function () {
  "use strict";
  var holder = document.querySelector("[data-select-page]");
  var box = document.querySelector("[data-select-page-box]");
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-select-row]"));
  if (!holder || !box || !rows.length) return;
  holder.hidden = false;
  function sync() {
    var checked = rows.filter(function (row) { return row.checked; }).length;
    box.checked = checked === rows.length;
    box.indeterminate = checked > 0 && checked < rows.length;
  }
  box.addEventListener("change", function () {
    rows.forEach(function (row) { row.checked = box.checked; });
  });
  rows.forEach(function (row) { row.addEventListener("change", sync); });
  sync();
})();
